<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Gebruiker toevoegen…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Toevoegen mislukt (%1).</source>
        <translation>Adding failed (%1).</translation>
    </message>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>Gebruiker toevoegen</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>Laat de nieuwe gebruiker zelf een eigen wachtzin kiezen en intypen. Een beoordelaar kan samenvattingen goedkeuren.</source>
        <translation>Let the new user choose and type their own passphrase. A reviewer can approve summaries.</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Kluis aanmaken…</source>
        <translation>Creating vault…</translation>
    </message>
    <message>
        <source>De kluis kon niet worden aangemaakt: de map is niet beschrijfbaar.</source>
        <translation>The vault could not be created: the folder is not writable.</translation>
    </message>
    <message>
        <source>De kluis kon niet worden aangemaakt (%1).</source>
        <translation>The vault could not be created (%1).</translation>
    </message>
    <message>
        <source>Kluis wordt aangemaakt…</source>
        <translation>Creating the vault…</translation>
    </message>
    <message>
        <source>Nieuwe kluis</source>
        <translation>New vault</translation>
    </message>
    <message>
        <source>Welkom. Alle gegevens worden versleuteld op deze computer bewaard. Kies uw naam en een wachtzin; zonder de wachtzin is de kluis niet te openen, ook niet door de beheerder.</source>
        <translation>Welcome. All data is stored encrypted on this computer. Choose your name and a passphrase; without the passphrase nobody can open the vault, not even the administrator.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Uw naam</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Kluis aanmaken</source>
        <translation>Create vault</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Vergrendelen…</source>
        <translation>Locking…</translation>
    </message>
</context>
<context>
    <name>LockedPanel</name>
    <message>
        <source>De kluis is vergrendeld.</source>
        <translation>The vault is locked.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Bezig…</source>
        <translation>Working…</translation>
    </message>
    <message>
        <source>IBTD Dossiers</source>
        <translation>IBTD Cases</translation>
    </message>
    <message>
        <source>Starten mislukt: %1</source>
        <translation>Start-up failed: %1</translation>
    </message>
    <message>
        <source>Achtergrondtaak mislukt</source>
        <translation>Background task failed</translation>
    </message>
    <message>
        <source>IBTD Dossiers %1</source>
        <translation>IBTD Cases %1</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Vergrendel</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Gebruiker toevoegen…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <source>Instellingen…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Geen gebruiker</source>
        <translation>No user</translation>
    </message>
    <message>
        <source>Gebruiker: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Ontgrendeld</source>
        <translation>Unlocked</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Samenvattingen</source>
        <translation>Summaries</translation>
    </message>
    <message>
        <source>Uitgaand</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Hier komen de onderzoeksdossiers: thema, domeinen, bevindingen en aanbevelingen.</source>
        <translation>Investigation cases will appear here: theme, domains, findings and recommendations.</translation>
    </message>
    <message>
        <source>Hier komen de signalen van burgers, bedrijven, medewerkers en netwerken.</source>
        <translation>Signals from citizens, businesses, staff and networks will appear here.</translation>
    </message>
    <message>
        <source>Hier komen de gesprekken met bronnen, met toestemming en anonimiteitsafspraken.</source>
        <translation>Interviews with sources, with consent and anonymity agreements, will appear here.</translation>
    </message>
    <message>
        <source>Hier komen de geanonimiseerde samenvattingen en de beoordeling door een collega.</source>
        <translation>Anonymised summaries and their review by a colleague will appear here.</translation>
    </message>
    <message>
        <source>Hier komen goedgekeurde samenvattingen die het apparaat mogen verlaten.</source>
        <translation>Approved summaries that may leave this device will appear here.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>De twee wachtzinnen zijn niet gelijk.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Herhaal de wachtzin.</source>
        <translation>Repeat the passphrase.</translation>
    </message>
    <message>
        <source>Zeer zwak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <source>Zwak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <source>Matig</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Redelijk</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Sterk</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Herhaal wachtzin</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Sterkte</source>
        <translation>Strength</translation>
    </message>
    <message>
        <source>minstens vier ongebruikelijke woorden</source>
        <translation>at least four uncommon words</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Inspecteur</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Beoordelaar</source>
        <translation>Reviewer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Instellingen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Automatisch vergrendelen na</source>
        <translation>Lock automatically after</translation>
    </message>
    <message>
        <source> min. zonder gebruik</source>
        <translation> min. without use</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>De demokluis wordt voorbereid…</source>
        <translation>Preparing the demo vault…</translation>
    </message>
    <message>
        <source>Kluis ontgrendelen…</source>
        <translation>Unlocking vault…</translation>
    </message>
    <message>
        <source>Deze kluis is gemaakt met een nieuwere versie van de app. Werk de app bij.</source>
        <translation>This vault was made by a newer version of the app. Please update the app.</translation>
    </message>
    <message>
        <source>Deze map bevat geen bruikbare kluis, of de kluis is beschadigd.</source>
        <translation>This folder holds no usable vault, or the vault is damaged.</translation>
    </message>
    <message>
        <source>Ontgrendelen mislukt (%1).</source>
        <translation>Unlocking failed (%1).</translation>
    </message>
    <message>
        <source>Onjuiste wachtzin. Wacht %1 s voordat u het opnieuw probeert.</source>
        <translation>Wrong passphrase. Wait %1 s before trying again.</translation>
    </message>
    <message>
        <source>Onjuiste wachtzin. Probeer het opnieuw.</source>
        <translation>Wrong passphrase. Please try again.</translation>
    </message>
    <message>
        <source>Bezig met ontgrendelen…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <source>Kluis ontgrendelen</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <source>Vergrendeld</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Wachtzin</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Ontgrendelen</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Dit is de demokluis met verzonnen gegevens. Wachtzin: %1</source>
        <translation>This is the demo vault with made-up data. Passphrase: %1</translation>
    </message>
    <message>
        <source>Beoordelaar voor het vier-ogen-principe: %1, wachtzin: %2</source>
        <translation>Reviewer for the four-eyes principle: %1, passphrase: %2</translation>
    </message>
</context>
<context>
    <name>Summaries</name>
    <message>
        <source>(niet vermeld)</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>bijv. 40-49 of 80+</source>
        <translation>e.g. 40-49 or 80+</translation>
    </message>
    <message>
        <source>bijv. kinderopvangtoeslag</source>
        <translation>e.g. childcare benefit</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Provincie</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Leeftijdscategorie</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Jaar</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Soort toeslag</source>
        <translation>Benefit type</translation>
    </message>
    <message>
        <source>← Terug naar de lijst</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Indienen ter beoordeling</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Beoordelen…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Kenmerken</source>
        <translation>Attributes</translation>
    </message>
    <message>
        <source>Geschiedenis</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Anonimisering ongedaan maken</source>
        <translation>Undo anonymisation</translation>
    </message>
    <message>
        <source>Treffer vrijgeven</source>
        <translation>Clear hit</translation>
    </message>
    <message>
        <source>Waarom is dit geen persoonsgegeven? De reden wordt getoond aan de beoordelaar.</source>
        <translation>Why is this not personal data? The reason is shown to the reviewer.</translation>
    </message>
    <message>
        <source>een eerdere versie was goedgekeurd; deze nieuwe versie moet opnieuw worden goedgekeurd.</source>
        <translation>an earlier version was approved; this new version needs approval again.</translation>
    </message>
    <message>
        <source>Indienen</source>
        <translation>Submission</translation>
    </message>
    <message>
        <source>Ongedaan maken vraagt om een reden; er is niets gewijzigd.</source>
        <translation>Undoing needs a reason; nothing was changed.</translation>
    </message>
    <message>
        <source>Vrijgeven niet mogelijk</source>
        <translation>Cannot be cleared</translation>
    </message>
    <message>
        <source>Dit is een echt identiteitsgegeven van een gesprekspartner: het kan nooit worden vrijgegeven. Vervang het door het pseudoniem of een plaatshouder.</source>
        <translation>This is a real identity value of an interviewee: it can never be cleared. Replace it with the pseudonym or a placeholder.</translation>
    </message>
    <message>
        <source>Vrijgeven vraagt om een reden; er is niets gewijzigd.</source>
        <translation>Clearing needs a reason; nothing was changed.</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>wacht op een beoordelaar; trek de samenvatting in om haar te wijzigen.</source>
        <translation>waiting for a reviewer; withdraw the summary to change it.</translation>
    </message>
    <message>
        <source>Vrijgeven</source>
        <translation>Clearing</translation>
    </message>
    <message>
        <source>Versie %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>wijzigen maakt een nieuwe versie die opnieuw moet worden goedgekeurd.</source>
        <translation>editing creates a new version that needs approval again.</translation>
    </message>
    <message>
        <source>Kleine groep: %1 komt maar %2 keer voor (minder dan %3). Suggestie: %4</source>
        <translation>Small group: %1 occurs only %2 time(s) (fewer than %3). Suggestion: %4</translation>
    </message>
    <message>
        <source>vervangen: persoonsgegeven weggelaten</source>
        <translation>replaced: personal data left out</translation>
    </message>
    <message>
        <source>vervangen: pseudoniem van de gesprekspartner</source>
        <translation>replaced: the interviewee's pseudonym</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>ter beoordeling</source>
        <translation>under review</translation>
    </message>
    <message>
        <source>goedgekeurd</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>teruggestuurd</source>
        <translation>returned</translation>
    </message>
    <message>
        <source>gesprek</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>dossier</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>inspecteur</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>beoordelaar</source>
        <translation>reviewer</translation>
    </message>
    <message>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <source>domein</source>
        <translation>domain</translation>
    </message>
    <message>
        <source>provincie</source>
        <translation>province</translation>
    </message>
    <message>
        <source>leeftijdscategorie</source>
        <translation>age band</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>soort toeslag</source>
        <translation>benefit type</translation>
    </message>
    <message>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <source>achternaam</source>
        <translation>surname</translation>
    </message>
    <message>
        <source>initialen</source>
        <translation>initials</translation>
    </message>
    <message>
        <source>telefoonnummer</source>
        <translation>phone number</translation>
    </message>
    <message>
        <source>e-mailadres</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <source>adres</source>
        <translation>address</translation>
    </message>
    <message>
        <source>Deze wachtwoordzin hoort bij geen gebruiker van deze kluis. Controleer de wachtwoordzin van de beoordelaar.</source>
        <translation>This passphrase belongs to no user of this vault. Check the reviewer's passphrase.</translation>
    </message>
    <message>
        <source>Er ging iets mis (%1).</source>
        <translation>Something went wrong (%1).</translation>
    </message>
    <message>
        <source>echt identiteitsgegeven van een gesprekspartner</source>
        <translation>real identity value of an interviewee</translation>
    </message>
    <message>
        <source>kan nooit worden vrijgegeven; vervang het door het pseudoniem of een plaatshouder</source>
        <translation>can never be cleared; replace it with the pseudonym or a placeholder</translation>
    </message>
    <message>
        <source>mogelijk %1; anonimiseer of generaliseer het, of geef het vrij met een reden</source>
        <translation>possible %1; redact or generalise it, or clear it with a reason</translation>
    </message>
    <message>
        <source>%1 geweigerd. Los eerst het volgende op:</source>
        <translation>%1 refused. First fix the following:</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>De auteur van een samenvatting mag haar niet beoordelen: een andere gebruiker moet met de eigen wachtwoordzin goedkeuren of terugsturen.</source>
        <translation>The author of a summary may not review it: another user must approve or return it with their own passphrase.</translation>
    </message>
    <message>
        <source>echt %1 van %2</source>
        <translation>real %1 of %2</translation>
    </message>
    <message>
        <source>geaccepteerd</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>ongedaan gemaakt</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>extra gemarkeerd</source>
        <translation>marked extra</translation>
    </message>
    <message>
        <source>versie geschreven</source>
        <translation>version written</translation>
    </message>
    <message>
        <source>ingediend ter beoordeling</source>
        <translation>submitted for review</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Auteur (rol)</source>
        <translation>Author (role)</translation>
    </message>
    <message>
        <source>Laatst gewijzigd</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <source>Soort gegeven</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <source>Positie</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Regel</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Wat te doen</source>
        <translation>What to do</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Gebeurtenis</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Opmerkingen</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>identiteit van gesprekspartner</source>
        <translation>identity of an interviewee</translation>
    </message>
    <message>
        <source>blokkeert (kan niet worden vrijgegeven)</source>
        <translation>blocks (cannot be cleared)</translation>
    </message>
    <message>
        <source>vrijgegeven</source>
        <translation>cleared</translation>
    </message>
    <message>
        <source>blokkeert</source>
        <translation>blocks</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Gesprekspartners (pseudoniem)</source>
        <translation>Interviewees (pseudonym)</translation>
    </message>
    <message>
        <source>Nieuwe samenvatting</source>
        <translation>New summary</translation>
    </message>
    <message>
        <source>Uit een gesprek</source>
        <translation>From an interview</translation>
    </message>
    <message>
        <source>Dossiersamenvatting</source>
        <translation>Dossier summary</translation>
    </message>
    <message>
        <source>Het concept begint met alle gevonden persoonsgegevens al vervangen door pseudoniemen en plaatshouders.</source>
        <translation>The draft starts with all detected personal data already replaced by pseudonyms and placeholders.</translation>
    </message>
    <message>
        <source>Concept maken</source>
        <translation>Create draft</translation>
    </message>
    <message>
        <source>Samenvattingen</source>
        <translation>Summaries</translation>
    </message>
    <message>
        <source>Nieuwe samenvatting…</source>
        <translation>New summary…</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Nog geen samenvattingen. Maak er een met ‘Nieuwe samenvatting…’ vanuit een gesprek of voor een heel dossier.</source>
        <translation>No summaries yet. Create one with ‘New summary…’ from an interview or for a whole dossier.</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Samenvatting starten</source>
        <translation>Starting a summary</translation>
    </message>
    <message>
        <source>Oorspronkelijke aantekeningen (alleen lezen)</source>
        <translation>Original notes (read-only)</translation>
    </message>
    <message>
        <source>Accepteren</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Ongedaan maken…</source>
        <translation>Undo…</translation>
    </message>
    <message>
        <source>Zet de oorspronkelijke tekst terug; een reden is verplicht en wordt vastgelegd.</source>
        <translation>Restores the original text; a reason is required and recorded.</translation>
    </message>
    <message>
        <source>Samenvatting (concept, bewerkbaar)</source>
        <translation>Summary (draft, editable)</translation>
    </message>
    <message>
        <source>Markeer voor anonimisering</source>
        <translation>Mark for anonymisation</translation>
    </message>
    <message>
        <source>Selecteer tekst in de samenvatting die nog persoonsgegevens bevat.</source>
        <translation>Select text in the summary that still contains personal data.</translation>
    </message>
    <message>
        <source>Vrijgeven met reden…</source>
        <translation>Clear with reason…</translation>
    </message>
    <message>
        <source>Gevonden persoonsgegevens</source>
        <translation>Detected personal data</translation>
    </message>
    <message>
        <source>Een dossiersamenvatting heeft geen gespreksaantekeningen: bewerk de tekst rechts.</source>
        <translation>A dossier summary has no interview notes: edit the text on the right.</translation>
    </message>
    <message>
        <source>Controle op persoonsgegevens loopt…</source>
        <translation>Checking for personal data…</translation>
    </message>
    <message>
        <source>regel</source>
        <translation>rule</translation>
    </message>
    <message>
        <source>extra gemarkeerd voor anonimisering</source>
        <translation>marked extra for anonymisation</translation>
    </message>
    <message>
        <source>Controle: %1 open treffer(s); indienen kan pas als ze zijn opgelost of vrijgegeven.</source>
        <translation>Check: %1 open hit(s); submitting is possible once they are resolved or cleared.</translation>
    </message>
    <message>
        <source>Een identiteitsgegeven van een gesprekspartner kan nooit worden vrijgegeven.</source>
        <translation>An identity value of an interviewee can never be cleared.</translation>
    </message>
    <message>
        <source>Controle: geen open treffers.</source>
        <translation>Check: no open hits.</translation>
    </message>
    <message>
        <source>%1 daarvan is een identiteitsgegeven van een gesprekspartner (harde blokkade).</source>
        <translation>%1 of them is an identity value of an interviewee (hard block).</translation>
    </message>
    <message>
        <source>Samenvatting beoordelen</source>
        <translation>Review summary</translation>
    </message>
    <message>
        <source>Vier ogen: een andere gebruiker van deze kluis dan de auteur beoordeelt de samenvatting en bevestigt dat met de eigen wachtwoordzin.</source>
        <translation>Four eyes: a user of this vault other than the author reviews the summary and confirms with their own passphrase.</translation>
    </message>
    <message>
        <source>Verplicht bij terugsturen: wat moet de auteur aanpassen?</source>
        <translation>Required when returning: what must the author change?</translation>
    </message>
    <message>
        <source>Wachtwoordzin beoordelaar</source>
        <translation>Reviewer's passphrase</translation>
    </message>
    <message>
        <source>Goedkeuren</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Terugsturen</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Terugsturen vraagt om opmerkingen: schrijf wat de auteur moet aanpassen.</source>
        <translation>Returning needs comments: write what the author must change.</translation>
    </message>
    <message>
        <source>Typ uw eigen wachtwoordzin als beoordelaar.</source>
        <translation>Type your own passphrase as reviewer.</translation>
    </message>
    <message>
        <source>Beoordeling vastleggen…</source>
        <translation>Recording the review…</translation>
    </message>
    <message>
        <source>Beoordelen</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>versie %1 · %2</source>
        <translation>version %1 · %2</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <source>plaats</source>
        <translation>place</translation>
    </message>
    <message>
        <source>geboortedatum</source>
        <translation>date of birth</translation>
    </message>
    <message>
        <source>leeftijd</source>
        <translation>age</translation>
    </message>
    <message>
        <source>kenteken</source>
        <translation>licence plate</translation>
    </message>
    <message>
        <source>KvK-nummer</source>
        <translation>Chamber of Commerce number</translation>
    </message>
    <message>
        <source>zaaknummer</source>
        <translation>case number</translation>
    </message>
    <message>
        <source>organisatie</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>identiteitsnummer</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>webadres</source>
        <translation>web address</translation>
    </message>
    <message>
        <source>functie</source>
        <translation>job title</translation>
    </message>
    <message>
        <source>exacte datum</source>
        <translation>exact date</translation>
    </message>
    <message>
        <source>extra</source>
        <translation>extra</translation>
    </message>
    <message>
        <source>detectie geaccepteerd</source>
        <translation>detection accepted</translation>
    </message>
    <message>
        <source>anonimisering ongedaan gemaakt</source>
        <translation>anonymisation undone</translation>
    </message>
    <message>
        <source>extra tekst gemarkeerd</source>
        <translation>extra text marked</translation>
    </message>
    <message>
        <source>treffer vrijgegeven</source>
        <translation>hit cleared</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Geschiedenis en besluiten</source>
        <translation>History and decisions</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Samenvatting (bewerkbaar)</source>
        <translation>Summary (editable)</translation>
    </message>
    <message>
        <source>Samenvatting (alleen lezen: ter beoordeling)</source>
        <translation>Summary (read-only: under review)</translation>
    </message>
    <message>
        <source>Kleine groep</source>
        <translation>Small group</translation>
    </message>
    <message>
        <source>Waarom mag dit gegeven in de samenvatting blijven? De reden wordt vastgelegd voor de beoordelaar. De concepttekst wordt daarna opnieuw opgebouwd uit de aantekeningen (eigen tekstwijzigingen vervallen).</source>
        <translation>Why may this data stay in the summary? The reason is recorded for the reviewer. The draft text is then rebuilt from the notes (your own text changes are dropped).</translation>
    </message>
    <message>
        <source>De samenvatting heeft niet-opgeslagen wijzigingen. Ongedaan maken bouwt de concepttekst opnieuw op uit de aantekeningen en die wijzigingen gaan verloren. Toch doorgaan?</source>
        <translation>The summary has unsaved changes. Undoing rebuilds the draft text from the notes and those changes are lost. Continue anyway?</translation>
    </message>
</context>
<context>
    <name>Outgoing</name>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Versie van</source>
        <translation>Version of</translation>
    </message>
    <message>
        <source>dossier (met bijlagen)</source>
        <translation>dossier (with appendices)</translation>
    </message>
    <message>
        <source>gesprek</source>
        <translation>interview</translation>
    </message>
    <message>
        <source>Controleren en opmaken…</source>
        <translation>Checking and typesetting…</translation>
    </message>
    <message>
        <source>Uitgaand</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Alleen geanonimiseerde, door een tweede persoon goedgekeurde inhoud mag het apparaat verlaten. Bij het exporteren worden alle controles opnieuw uitgevoerd.</source>
        <translation>Only anonymised content approved by a second person may leave the device. Exporting runs every check again.</translation>
    </message>
    <message>
        <source>Er is nog niets goedgekeurd om te exporteren.</source>
        <translation>Nothing has been approved for export yet.</translation>
    </message>
    <message>
        <source>Exporteer PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Exporteer JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>JSON-bestanden (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Exporteren</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exporteren…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Geëxporteerd. Export-id: %1
Bestand: %2</source>
        <translation>Exported. Export id: %1
File: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentListModel</name>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Foto</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Geluid</source>
        <translation>Audio</translation>
    </message>
</context>

<context>
    <name>AttachmentsWidget</name>
    <message>
        <source>Bijlage toevoegen…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <source>Openen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Bijlage verwijderen</source>
        <translation>Remove attachment</translation>
    </message>
    <message>
        <source>Bijlage “%1” verwijderen?</source>
        <translation>Remove attachment “%1”?</translation>
    </message>
    <message>
        <source>Bijlage openen</source>
        <translation>Open attachment</translation>
    </message>
    <message>
        <source>Er is geen programma gevonden om deze bijlage te openen.</source>
        <translation>No program was found to open this attachment.</translation>
    </message>
    <message>
        <source>Het bestand is groter dan %1 MB en kan niet worden toegevoegd.</source>
        <translation>The file is larger than %1 MB and cannot be added.</translation>
    </message>
    <message>
        <source>Het bestand kon niet worden gelezen.</source>
        <translation>The file could not be read.</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bijlage toevoegen</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>Sla het gesprek eerst op om bijlagen toe te voegen.</source>
        <translation>Save the interview first to add attachments.</translation>
    </message>
</context>

<context>
    <name>InterviewEditorWidget</name>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Gesprek en aantekeningen opslaan (Ctrl+S)</source>
        <translation>Save the interview and notes (Ctrl+S)</translation>
    </message>
    <message>
        <source>Concept verwerpen</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <source>Terug naar de laatst opgeslagen aantekeningen</source>
        <translation>Go back to the last saved notes</translation>
    </message>
    <message>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Opslaan en terug naar de lijst (Esc)</source>
        <translation>Save and return to the list (Esc)</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Nieuw gesprek</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>Laden…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Opgeslagen om %1</source>
        <translation>Saved at %1</translation>
    </message>
    <message>
        <source>Automatisch opgeslagen om %1</source>
        <translation>Autosaved at %1</translation>
    </message>
    <message>
        <source>Maak eerst een dossier aan.</source>
        <translation>Create a dossier first.</translation>
    </message>
    <message>
        <source>Niet-opgeslagen concept van %1 hersteld</source>
        <translation>Unsaved draft from %1 restored</translation>
    </message>
    <message>
        <source>Opslaan of laden mislukt: %1</source>
        <translation>Saving or loading failed: %1</translation>
    </message>
</context>

<context>
    <name>InterviewLabels</name>
    <message>
        <source>Persoonlijk</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>Telefonisch</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Ervaringsdeskundige</source>
        <translation>Lived-experience expert</translation>
    </message>
    <message>
        <source>Gedupeerde ouder</source>
        <translation>Affected parent</translation>
    </message>
    <message>
        <source>Gedupeerde burger</source>
        <translation>Affected citizen</translation>
    </message>
    <message>
        <source>Ondernemer</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Professional</translation>
    </message>
    <message>
        <source>Medewerker dienst</source>
        <translation>Service employee</translation>
    </message>
</context>

<context>
    <name>InterviewListModel</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Gesprekspartners</source>
        <translation>Interviewees</translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation>Interviewers</translation>
    </message>
    <message>
        <source>Aantekeningen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Er is een automatisch opgeslagen concept dat nog niet is opgeslagen.</source>
        <translation>There is an autosaved draft that has not been saved yet.</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message numerus="yes">
        <source>%n bijlage(n)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tekens</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>

<context>
    <name>InterviewListWidget</name>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Nieuw gesprek</source>
        <translation>New interview</translation>
    </message>
    <message>
        <source>Een nieuw gesprek vastleggen (Ctrl+N)</source>
        <translation>Record a new interview (Ctrl+N)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Alle dossiers</source>
        <translation>All dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n gesprek(ken)</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
</context>

<context>
    <name>InterviewMetaForm</name>
    <message>
        <source>Namen van de inspecteurs, gescheiden door komma's</source>
        <translation>Inspectors' names, separated by commas</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Werkbezoek</source>
        <translation>Field &amp;visit</translation>
    </message>
    <message>
        <source>D&amp;atum</source>
        <translation>D&amp;ate</translation>
    </message>
    <message>
        <source>&amp;Vorm</source>
        <translation>&amp;Mode</translation>
    </message>
    <message>
        <source>&amp;Gesprekspartners</source>
        <translation>&amp;Interviewees</translation>
    </message>
    <message>
        <source>&amp;Interviewers</source>
        <translation>Interviewe&amp;rs</translation>
    </message>
    <message>
        <source>(geen werkbezoek)</source>
        <translation>(no field visit)</translation>
    </message>
    <message>
        <source>Zoek op pseudoniem of rol…</source>
        <translation>Search by pseudonym or role…</translation>
    </message>
</context>

<context>
    <name>InterviewsPage</name>
    <message>
        <source>Gesprekken</source>
        <translation>Interviews</translation>
    </message>
</context>

<context>
    <name>NotesEdit</name>
    <message>
        <source>Aantekeningen van het gesprek.
Ctrl+T: tijdstempel [uu:mm] invoegen
Ctrl+Enter: nieuwe alinea met tijdstempel
Ctrl+S: opslaan (tussendoor wordt automatisch een concept bewaard)</source>
        <translation>Notes of the interview.
Ctrl+T: insert a timestamp [hh:mm]
Ctrl+Enter: new paragraph with a timestamp
Ctrl+S: save (a draft is autosaved meanwhile)</translation>
    </message>
    <message>
        <source>Typ hier de aantekeningen… (Ctrl+T: tijdstempel)</source>
        <translation>Type the notes here… (Ctrl+T: timestamp)</translation>
    </message>
</context>

<context>
    <name>SearchController</name>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
</context>

<context>
    <name>SearchDialog</name>
    <message>
        <source>Zoeken</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Zoek in aantekeningen, signalen en dossiers…</source>
        <translation>Search notes, signals and dossiers…</translation>
    </message>
    <message>
        <source>Alle rollen</source>
        <translation>All roles</translation>
    </message>
    <message>
        <source>Vanaf</source>
        <translation>From</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Alle dossiers</source>
        <translation>All dossiers</translation>
    </message>
    <message>
        <source>Zoeken…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Niets gevonden.</source>
        <translation>Nothing found.</translation>
    </message>
    <message>
        <source>De eerste %1 treffers; maak de zoekvraag specifieker.</source>
        <translation>The first %1 hits; make the search more specific.</translation>
    </message>
    <message numerus="yes">
        <source>%n treffer(s)</source>
        <translation>
            <numerusform>%n hit</numerusform>
            <numerusform>%n hits</numerusform>
        </translation>
    </message>
    <message>
        <source>Zoeken mislukt: %1</source>
        <translation>Search failed: %1</translation>
    </message>
</context>

<context>
    <name>SearchResultModel</name>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Fragment</source>
        <translation>Excerpt</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Gesprek</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Werkbezoek</source>
        <translation>Field visit</translation>
    </message>
</context>
<context>
    <name>CaseworkLabels</name>
    <message>
        <source>← Alle dossiers</source>
        <translation>← All cases</translation>
    </message>
    <message>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Geen signalen gekoppeld aan dit dossier.</source>
        <translation>No signals linked to this case.</translation>
    </message>
    <message>
        <source>Nog geen gesprekken in dit dossier.</source>
        <translation>No interviews in this case yet.</translation>
    </message>
    <message>
        <source>Nieuw gesprek…</source>
        <translation>New interview…</translation>
    </message>
    <message>
        <source>Gesprek openen</source>
        <translation>Open interview</translation>
    </message>
    <message>
        <source>Nog geen werkbezoeken gepland.</source>
        <translation>No field visits planned yet.</translation>
    </message>
    <message>
        <source>Werkbezoek plannen…</source>
        <translation>Plan field visit…</translation>
    </message>
    <message>
        <source>De gesprekken van dit dossier hebben geen bijlagen.</source>
        <translation>This case's interviews have no attachments.</translation>
    </message>
    <message>
        <source>Werkbezoek plannen</source>
        <translation>Plan field visit</translation>
    </message>
    <message>
        <source>bijv. Belastingwinkel Noord</source>
        <translation>e.g. Tax Shop North</translation>
    </message>
    <message>
        <source>namen, gescheiden door komma's</source>
        <translation>names, separated by commas</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Soort organisatie</source>
        <translation>Kind of organisation</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Inspecteurs</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Notities</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Bevinding toevoegen</source>
        <translation>Add finding</translation>
    </message>
    <message>
        <source>Bevinding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Opvolging aanbeveling</source>
        <translation>Recommendation follow-up</translation>
    </message>
    <message>
        <source>Aanbeveling toevoegen</source>
        <translation>Add recommendation</translation>
    </message>
    <message>
        <source>bijv. Dienst Toeslagen</source>
        <translation>e.g. Benefits Service</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Aanbeveling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Gericht aan</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Bij bevinding</source>
        <translation>For finding</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Wederhoor bewerken</source>
        <translation>Edit response row</translation>
    </message>
    <message>
        <source>Wederhoor toevoegen</source>
        <translation>Add response row</translation>
    </message>
    <message>
        <source>Bevinding (concept)</source>
        <translation>Finding (draft)</translation>
    </message>
    <message>
        <source>Reactie dienst</source>
        <translation>Service's response</translation>
    </message>
    <message>
        <source>Verwerking</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>dd-mm-jjjj</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <source>Gesprekspartner toevoegen</source>
        <translation>Add interviewee</translation>
    </message>
    <message>
        <source>Toestemming vastgelegd</source>
        <translation>Consent recorded</translation>
    </message>
    <message>
        <source>aantekeningen toegestaan</source>
        <translation>notes allowed</translation>
    </message>
    <message>
        <source>opname toegestaan</source>
        <translation>recording allowed</translation>
    </message>
    <message>
        <source>samenvatting delen met de bron</source>
        <translation>share summary with the source</translation>
    </message>
    <message>
        <source>Datum en vorm</source>
        <translation>Date and form</translation>
    </message>
    <message>
        <source>Citaten</source>
        <translation>Quotes</translation>
    </message>
    <message>
        <source>Bewaren tot</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Ingetrokken op</source>
        <translation>Withdrawn on</translation>
    </message>
    <message>
        <source>Anonimiteitsafspraak</source>
        <translation>Anonymity agreement</translation>
    </message>
    <message>
        <source>Afspraken in eigen woorden</source>
        <translation>Agreements in your own words</translation>
    </message>
    <message>
        <source>Waarborgen</source>
        <translation>Safeguards</translation>
    </message>
    <message>
        <source>Toelichting</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Meegedeeld op</source>
        <translation>Communicated on</translation>
    </message>
    <message>
        <source>Identiteit (optioneel, apart bewaard)</source>
        <translation>Identity (optional, stored separately)</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Afspraken met %1</source>
        <translation>Agreements with %1</translation>
    </message>
    <message>
        <source>Toestemming intrekken</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>%1 trekt de toestemming in.</source>
        <translation>%1 withdraws consent.</translation>
    </message>
    <message>
        <source>Identiteit</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Datum toestemming</source>
        <translation>Consent date</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Geen toestemming vastgelegd.</source>
        <translation>No consent recorded.</translation>
    </message>
    <message>
        <source>%1 gegeven op %2</source>
        <translation>%1, given on %2</translation>
    </message>
    <message>
        <source>aantekeningen: %1</source>
        <translation>notes: %1</translation>
    </message>
    <message>
        <source>opname: %1</source>
        <translation>recording: %1</translation>
    </message>
    <message>
        <source>samenvatting delen: %1</source>
        <translation>share summary: %1</translation>
    </message>
    <message>
        <source>bewaren tot %1</source>
        <translation>keep until %1</translation>
    </message>
    <message>
        <source>INGETROKKEN op %1</source>
        <translation>WITHDRAWN on %1</translation>
    </message>
    <message>
        <source>Geen anonimiteitsafspraak vastgelegd.</source>
        <translation>No anonymity agreement recorded.</translation>
    </message>
    <message>
        <source>geen waarborgen aangevinkt</source>
        <translation>no safeguards ticked</translation>
    </message>
    <message>
        <source>meegedeeld op %1</source>
        <translation>communicated on %1</translation>
    </message>
    <message>
        <source>Nog geen gesprekspartners in dit dossier.</source>
        <translation>No interviewees in this case yet.</translation>
    </message>
    <message>
        <source>Gesprekspartner toevoegen…</source>
        <translation>Add interviewee…</translation>
    </message>
    <message>
        <source>Afspraken bewerken…</source>
        <translation>Edit agreements…</translation>
    </message>
    <message>
        <source>Toestemming intrekken…</source>
        <translation>Withdraw consent…</translation>
    </message>
    <message>
        <source>Reden (komt in het auditlog)</source>
        <translation>Reason (goes into the audit log)</translation>
    </message>
    <message>
        <source>Toon identiteit</source>
        <translation>Show identity</translation>
    </message>
    <message>
        <source>Verberg identiteit</source>
        <translation>Hide identity</translation>
    </message>
    <message>
        <source>Kies een gesprekspartner.</source>
        <translation>Choose an interviewee.</translation>
    </message>
    <message>
        <source>Geen identiteit vastgelegd</source>
        <translation>No identity recorded</translation>
    </message>
    <message>
        <source>Dossier bewerken</source>
        <translation>Edit case</translation>
    </message>
    <message>
        <source>Nieuw dossier</source>
        <translation>New case</translation>
    </message>
    <message>
        <source>Nieuw thema…</source>
        <translation>New theme…</translation>
    </message>
    <message>
        <source>Thema toevoegen</source>
        <translation>Add theme</translation>
    </message>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Projectleider</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Start en einde</source>
        <translation>Start and end</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Startdatum</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>Einddatum</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Nieuw thema</source>
        <translation>New theme</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Er ging iets mis (%1).</source>
        <translation>Something went wrong (%1).</translation>
    </message>
    <message>
        <source>Zoek op kenmerk, titel of projectleider…</source>
        <translation>Search by reference, title or lead inspector…</translation>
    </message>
    <message>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Alle thema's</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Alle domeinen</source>
        <translation>All domains</translation>
    </message>
    <message>
        <source>Alle projectleiders</source>
        <translation>All lead inspectors</translation>
    </message>
    <message>
        <source>Nieuw dossier…</source>
        <translation>New case…</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Nog geen dossiers. Maak er een aan met ‘Nieuw dossier…’.</source>
        <translation>No cases yet. Create one with ‘New case…’.</translation>
    </message>
    <message>
        <source>Geen dossiers die aan de filters voldoen.</source>
        <translation>No cases match the filters.</translation>
    </message>
    <message>
        <source>%1 van %2 dossiers</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <source>ingetrokken</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>gegeven</source>
        <translation>given</translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>concept</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>%1 tekens</source>
        <translation>%1 characters</translation>
    </message>
    <message>
        <source>leeg</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>in uitvoering</source>
        <translation>in progress</translation>
    </message>
    <message>
        <source>uitgevoerd</source>
        <translation>done</translation>
    </message>
    <message>
        <source>niet overgenomen</source>
        <translation>not adopted</translation>
    </message>
    <message>
        <source>Nog geen bevindingen.</source>
        <translation>No findings yet.</translation>
    </message>
    <message>
        <source>Bevindingen</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Nog geen aanbevelingen.</source>
        <translation>No recommendations yet.</translation>
    </message>
    <message>
        <source>Aanbevelingen en opvolging</source>
        <translation>Recommendations and follow-up</translation>
    </message>
    <message>
        <source>Nog geen wederhoortabel.</source>
        <translation>No response table yet.</translation>
    </message>
    <message>
        <source>Hoor en wederhoor</source>
        <translation>Right of reply</translation>
    </message>
    <message>
        <source>Bevinding toevoegen…</source>
        <translation>Add finding…</translation>
    </message>
    <message>
        <source>Aanbeveling toevoegen…</source>
        <translation>Add recommendation…</translation>
    </message>
    <message>
        <source>Opvolging…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>Rij toevoegen…</source>
        <translation>Add row…</translation>
    </message>
    <message>
        <source>%1 signalen, %2 gesprekspartners, %3 gesprekken, %4 werkbezoeken</source>
        <translation>%1 signals, %2 interviewees, %3 interviews, %4 field visits</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Bezig met opslaan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>is verplicht</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>kies minstens één thema</source>
        <translation>choose at least one theme</translation>
    </message>
    <message>
        <source>kies minstens één domein</source>
        <translation>choose at least one domain</translation>
    </message>
    <message>
        <source>verwacht een kenmerk als IBTD-2026-012</source>
        <translation>expected a reference like IBTD-2026-012</translation>
    </message>
    <message>
        <source>is al in gebruik bij een ander dossier</source>
        <translation>is already used by another case</translation>
    </message>
    <message>
        <source>ligt vóór de startdatum</source>
        <translation>lies before the start date</translation>
    </message>
    <message>
        <source>ligt vóór de datum van toestemming</source>
        <translation>lies before the consent date</translation>
    </message>
    <message>
        <source>bestaat al</source>
        <translation>already exists</translation>
    </message>
    <message>
        <source>onbekend thema</source>
        <translation>unknown theme</translation>
    </message>
    <message>
        <source>kies een dossier</source>
        <translation>choose a case</translation>
    </message>
    <message>
        <source>geen datum (dd-mm-jjjj)</source>
        <translation>not a date (dd-mm-yyyy)</translation>
    </message>
    <message>
        <source>Koppelen aan dossier</source>
        <translation>Link to case</translation>
    </message>
    <message>
        <source>Koppelen</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Nieuw signaal</source>
        <translation>New signal</translation>
    </message>
    <message>
        <source>Wat wordt er gemeld?</source>
        <translation>What is being reported?</translation>
    </message>
    <message>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <source>(geen thema)</source>
        <translation>(no theme)</translation>
    </message>
    <message>
        <source>Melder (optioneel, apart bewaard, nooit in lijsten)</source>
        <translation>Reporter (optional, stored separately, never in lists)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Signaal vastleggen</source>
        <translation>Record signal</translation>
    </message>
    <message>
        <source>Ontvangen op</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Signalen</source>
        <translation>Signals</translation>
    </message>
    <message>
        <source>Alle signalen</source>
        <translation>All signals</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Kies een signaal om de volledige tekst te lezen.</source>
        <translation>Choose a signal to read its full text.</translation>
    </message>
    <message>
        <source>Koppelen aan dossier…</source>
        <translation>Link to case…</translation>
    </message>
    <message>
        <source>Markeer als dubbel</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Nog geen signalen. Leg er een vast met het formulier rechts.</source>
        <translation>No signals yet. Record one with the form on the right.</translation>
    </message>
    <message>
        <source>Geen signalen met deze triagestatus.</source>
        <translation>No signals with this triage status.</translation>
    </message>
    <message>
        <source>%1 van %2 signalen</source>
        <translation>%1 of %2 signals</translation>
    </message>
    <message>
        <source>Toon melder</source>
        <translation>Show reporter</translation>
    </message>
    <message>
        <source>Verberg</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Aantallen</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Overzicht</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Gesprekspartners</source>
        <translation>Interviewees</translation>
    </message>
    <message>
        <source>Werkbezoeken</source>
        <translation>Field visits</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>thematisch onderzoek</source>
        <translation>thematic investigation</translation>
    </message>
    <message>
        <source>systeemgericht aandachtsgebied</source>
        <translation>systemic attention area</translation>
    </message>
    <message>
        <source>signalement</source>
        <translation>signal note</translation>
    </message>
    <message>
        <source>reflectie</source>
        <translation>reflection</translation>
    </message>
    <message>
        <source>verkenning</source>
        <translation>exploration</translation>
    </message>
    <message>
        <source>onderzoek</source>
        <translation>investigation</translation>
    </message>
    <message>
        <source>hoor en wederhoor</source>
        <translation>right of reply</translation>
    </message>
    <message>
        <source>rapportage</source>
        <translation>reporting</translation>
    </message>
    <message>
        <source>opvolging</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>belastingen</source>
        <translation>taxes</translation>
    </message>
    <message>
        <source>toeslagen</source>
        <translation>benefits</translation>
    </message>
    <message>
        <source>douane</source>
        <translation>customs</translation>
    </message>
    <message>
        <source>meldformulier</source>
        <translation>report form</translation>
    </message>
    <message>
        <source>netwerk</source>
        <translation>network</translation>
    </message>
    <message>
        <source>werkbezoek</source>
        <translation>field visit</translation>
    </message>
    <message>
        <source>klankbordgroep</source>
        <translation>sounding board</translation>
    </message>
    <message>
        <source>integriteitspersoon</source>
        <translation>integrity officer</translation>
    </message>
    <message>
        <source>media</source>
        <translation>media</translation>
    </message>
    <message>
        <source>directe melding</source>
        <translation>direct report</translation>
    </message>
    <message>
        <source>anoniem</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>vertrouwelijk</source>
        <translation>confidential</translation>
    </message>
    <message>
        <source>mag genoemd worden</source>
        <translation>may be named</translation>
    </message>
    <message>
        <source>nieuw</source>
        <translation>new</translation>
    </message>
    <message>
        <source>gekoppeld</source>
        <translation>linked</translation>
    </message>
    <message>
        <source>dubbel</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <source>belastingwinkel</source>
        <translation>tax shop</translation>
    </message>
    <message>
        <source>sociaal raadslieden</source>
        <translation>social counsel</translation>
    </message>
    <message>
        <source>formulierenbrigade</source>
        <translation>form brigade</translation>
    </message>
    <message>
        <source>gemeente</source>
        <translation>municipality</translation>
    </message>
    <message>
        <source>dienst</source>
        <translation>service</translation>
    </message>
    <message>
        <source>anders</source>
        <translation>other</translation>
    </message>
    <message>
        <source>ervaringsdeskundige</source>
        <translation>lived-experience expert</translation>
    </message>
    <message>
        <source>gedupeerde ouder</source>
        <translation>affected parent</translation>
    </message>
    <message>
        <source>gedupeerde burger</source>
        <translation>affected citizen</translation>
    </message>
    <message>
        <source>ondernemer/zzp'er</source>
        <translation>entrepreneur/freelancer</translation>
    </message>
    <message>
        <source>professional</source>
        <translation>professional</translation>
    </message>
    <message>
        <source>medewerker dienst</source>
        <translation>service employee</translation>
    </message>
    <message>
        <source>persoonlijk</source>
        <translation>in person</translation>
    </message>
    <message>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <source>video</source>
        <translation>video</translation>
    </message>
    <message>
        <source>mondeling</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>schriftelijk</source>
        <translation>written</translation>
    </message>
    <message>
        <source>geen citaten</source>
        <translation>no quotes</translation>
    </message>
    <message>
        <source>citaten toegestaan</source>
        <translation>quotes allowed</translation>
    </message>
    <message>
        <source>citaten na akkoord bron</source>
        <translation>quotes after source approval</translation>
    </message>
    <message>
        <source>geen naam</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>geen plaats kleiner dan provincie</source>
        <translation>no place smaller than a province</translation>
    </message>
    <message>
        <source>geen functie of werkgever</source>
        <translation>no job title or employer</translation>
    </message>
    <message>
        <source>geen exacte data</source>
        <translation>no exact dates</translation>
    </message>
    <message>
        <source>citaten eerst voorgelegd aan bron</source>
        <translation>quotes checked with the source first</translation>
    </message>
    <message>
        <source>foto</source>
        <translation>photo</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>geluidsopname</source>
        <translation>audio recording</translation>
    </message>
</context>
<context>
    <name>CaseworkColumns</name>
    <message>
        <source>Kenmerk</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Thema's</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Domeinen</source>
        <translation>Domains</translation>
    </message>
    <message>
        <source>Projectleider</source>
        <translation>Lead inspector</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Einde</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Bevinding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Aanbeveling</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Gericht aan</source>
        <translation>Addressed to</translation>
    </message>
    <message>
        <source>Opvolging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Bevinding (concept)</source>
        <translation>Finding (draft)</translation>
    </message>
    <message>
        <source>Reactie dienst</source>
        <translation>Service's response</translation>
    </message>
    <message>
        <source>Verwerking</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Pseudoniem</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisatie</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Identiteit vastgelegd</source>
        <translation>Identity recorded</translation>
    </message>
    <message>
        <source>Gesprekken</source>
        <translation>Interviews</translation>
    </message>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Inspecteurs</source>
        <translation>Inspectors</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Gesprekspartners</source>
        <translation>Interviewees</translation>
    </message>
    <message>
        <source>Verslag</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Bijlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Bestand</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Gesprek van</source>
        <translation>Interview of</translation>
    </message>
    <message>
        <source>Ontvangen</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Kanaal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Signaal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Domein</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Bron</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Triage</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
</context>
</TS>
