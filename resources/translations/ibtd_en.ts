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
</context>
</TS>
