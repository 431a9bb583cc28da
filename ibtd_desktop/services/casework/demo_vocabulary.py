"""Word lists for synthetic demo data. Every person, number and address made from these is
invented; combinations come from a seeded ``random.Random``."""

FIRST_NAMES = (
    "Sanne", "Fatima", "Mohamed", "Anouk", "Kevin", "Priya", "Daan", "Yasmina", "Henk", "Ingrid",
    "Bayu", "Lotte", "Emre", "Chantal", "Ruud", "Naima", "Joost", "Marieke", "Tarik", "Esther",
    "Gerrit", "Samira", "Bram", "Ilse", "Kofi", "Petra", "Youssef", "Wilma", "Jeroen", "Aylin",
)
SURNAMES = (
    "de Vries", "Jansen", "van den Berg", "Bakker", "El Amrani", "Yilmaz", "Visser", "Smit", "Meijer",
    "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker",
    "Brouwer", "de Wit", "Dijkstra", "Kaya", "Ramdin", "Bouzid", "Koster", "Willems", "van Dijk",
    "Postma", "Kramer", "Oosterhuis",
)
PLACES = (  # (place, province)
    ("Zwolle", "Overijssel"), ("Enschede", "Overijssel"), ("Tilburg", "Noord-Brabant"),
    ("Eindhoven", "Noord-Brabant"), ("Heerlen", "Limburg"), ("Venlo", "Limburg"), ("Leeuwarden", "Friesland"),
    ("Assen", "Drenthe"), ("Emmen", "Drenthe"), ("Groningen", "Groningen"), ("Almere", "Flevoland"),
    ("Lelystad", "Flevoland"), ("Arnhem", "Gelderland"), ("Nijmegen", "Gelderland"), ("Utrecht", "Utrecht"),
    ("Amersfoort", "Utrecht"), ("Haarlem", "Noord-Holland"), ("Zaandam", "Noord-Holland"),
    ("Rotterdam", "Zuid-Holland"), ("Dordrecht", "Zuid-Holland"), ("Middelburg", "Zeeland"), ("Goes", "Zeeland"),
)
STREETS = (
    "Kerkstraat", "Molenweg", "Dorpsstraat", "Julianalaan", "Beukenlaan", "Schoolstraat", "Stationsweg",
    "Lindelaan", "Parallelweg", "Wilhelminastraat", "Nieuwstraat", "Populierenlaan", "Vondelstraat",
)
BANKS = ("ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ")
MAIL_DOMAINS = ("voorbeeldmail.nl", "postvak.test", "demo-provider.nl")
INSPECTORS = ("M. Hoekstra", "R. Tahiri", "L. van Wijk", "S. Doğan", "P. Verbeek", "K. Ouali", "J. Sterk")

# Titles per theme code; {domain} is filled with the supervised domain.
TITLES = {
    "risicoselectie": ("Risicoselectie bij {domain}", "Gebruik van risicomodellen door {domain}",
                       "Selectie voor controle van zzp'ers"),
    "rechtsbescherming": ("Bezwaarbehandeling bij {domain}", "Vroegsignalering problemen zzp'ers",
                          "Toegang tot rechtsbescherming voor burgers"),
    "hersteloperaties": ("Voortgang hersteloperatie kinderopvangtoeslag", "Herstel voor gedupeerde ondernemers",
                         "Emotioneel herstel en de brede ondersteuning"),
    "financiele_voorzieningen": ("Niet-gebruik van toeslagen", "Terugvorderingen en betalingsregelingen bij {domain}",
                                 "Invordering bij kwetsbare huishoudens"),
    "wet_en_regelgeving": ("Uitvoerbaarheid van nieuwe regelgeving bij {domain}", "Hardheidsclausule in de praktijk",
                           "Knelpunten in de Awir"),
    "aansturing_en_cultuur": ("Aansturing en cultuur bij {domain}", "Signalen van medewerkers over werkdruk",
                              "Leren van klachten bij {domain}"),
}
DOMAIN_NAMES = {"belastingen": "de Belastingdienst", "toeslagen": "Dienst Toeslagen", "douane": "de Douane"}

SITUATION = (
    "De respondent vertelde dat de terugvordering van {amount} euro volledig onverwacht kwam.",
    "Na het bezwaar van {date} duurde het {months} maanden voordat er een beslissing kwam.",
    "Volgens de respondent waren de brieven van {service} niet te begrijpen zonder hulp.",
    "De betalingsregeling werd stopgezet nadat één termijn te laat was betaald.",
    "De BelastingTelefoon verwees {count} keer door zonder dat het probleem werd opgelost.",
    "Er is gesproken over de gevolgen voor de kinderen en de spanning in het gezin.",
    "De persoonlijk zaakbehandelaar wisselde drie keer in één jaar.",
    "De compensatie is ontvangen, maar de schulden bij andere schuldeisers bleven bestaan.",
    "Als zzp'er kreeg de respondent een naheffing over {year} die de omzet van een halfjaar overtrof.",
    "De formulierenbrigade ziet dat veel mensen de toeslag niet aanvragen uit angst voor terugvordering.",
    "Medewerkers ervaren dat zij weinig ruimte hebben om van de standaardwerkwijze af te wijken.",
    "De respondent wil vooral erkenning en een aanspreekpunt dat blijft.",
    "Bij de douanecontrole werd de aangifte zonder toelichting gecorrigeerd.",
    "Het sociaal raadsliedenwerk helpt wekelijks mensen met bezwaarschriften tegen {service}.",
)
PERSONAL = (
    "{name} woont aan de {street} {number}, {postcode} {place}.",
    "Haar BSN is {bsn} en de toeslag werd gestort op {iban}.",
    "Zijn burgerservicenummer ({bsn}) stond verkeerd in de brief van {date}.",
    "Contact verloopt via {phone} of per mail: {email}.",
    "De ex-partner, {other_name}, ontving de brieven op het oude adres in {place}.",
    "De terugbetaling ging naar rekening {iban} op naam van {name}.",
    "Telefonisch bereikbaar op {phone}, liefst na 17.00 uur.",
    "De dochter van {name} is geboren op {birth_date}.",
)
SIGNAL_TEXTS = (
    "Melding over lange doorlooptijden van bezwaren bij {service}.",
    "Signaal dat ondernemers geen reactie krijgen op verzoeken om uitstel van betaling.",
    "Burgers ontvangen tegenstrijdige brieven over de hoogte van hun voorschot.",
    "Medewerker meldt dat dossiers zonder menselijke toets worden afgedaan.",
    "Klankbordgroep signaleert dat gedupeerden de weg naar herstel niet vinden.",
    "Krantenbericht over invordering bij huishoudens met een laag inkomen.",
    "Integriteitspersoon meldt druk om productiecijfers te halen ten koste van zorgvuldigheid.",
    "Netwerkpartner ziet toename van schulden door terugvorderingen van {service}.",
)
