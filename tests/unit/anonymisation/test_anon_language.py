import pytest

from ibtd_desktop.anonymisation import detect
from tests.unit.anonymisation._detected import surfaces


@pytest.mark.parametrize("text,name", [
    ("Gesprek met mevrouw Jansen over de brief.", "Jansen"),
    ("Ik sprak dhr. van der Linden gisteren.", "van der Linden"),
    ("Het dossier van J.W. Evertsz is dik.", "J.W. Evertsz"),
    ("Aanwezig was Fatima Bouzid uit de wijk.", "Fatima Bouzid"),
    ("Daarna belde Tomasz Kowalski de inspecteur.", "Tomasz Kowalski"),
    ("Mevrouw Owusu-Boateng gaf toestemming.", "Owusu-Boateng"),
    ("We spraken met Yohannes Tesfaye over zijn zaak.", "Yohannes Tesfaye"),
    ("De inspecteur Mehmet Yilmaz noteerde alles.", "Mehmet Yilmaz"),
    ("Volgens mevrouw De Boer klopt dat niet.", "De Boer"),
    ("mijn naam is hakima ouali en ik bel over", "hakima ouali"),
])
def test_person_names(text, name):
    assert name in surfaces(text, "PERSON")


def test_repeated_mentions_are_all_found():
    text = "Mevrouw Karin Hoogendijk belde. Later zei Hoogendijk dat ze terugbelt."
    assert surfaces(text, "PERSON").count("Hoogendijk") == 1
    assert "Karin Hoogendijk" in surfaces(text, "PERSON")


@pytest.mark.parametrize("text,place", [
    ("Zij woont in Leiden sinds kort.", "Leiden"),
    ("Hij komt uit Best en werkt daar.", "Best"),
    ("Ze woont in Schilderswijk bij haar moeder.", "Schilderswijk"),
    ("adres 2518 EV den haag", "den haag"),
])
def test_places(text, place):
    assert place in surfaces(text)


def test_gemeente_as_institution_is_not_masked():
    assert surfaces("De gemeente Utrecht schold de schulden kwijt.") == []


@pytest.mark.parametrize("text,address", [
    ("Ze woont op Kerkstraat 12a, 1234 AB Dorp.", "Kerkstraat 12a"),
    ("Adres: Tweede Jan Steenstraat 9-hs", "Tweede Jan Steenstraat 9-hs"),
    ("Woonachtig Grote Hagen 93, Rotterdam.", "Grote Hagen 93"),
])
def test_addresses(text, address):
    assert address in surfaces(text, "ADDRESS")


@pytest.mark.parametrize("text,age", [
    ("Mevrouw Smit (41 jaar) kwam langs.", "41 jaar"),
    ("Melder is 58 jaar en woont alleen.", "58 jaar"),
    ("haar jongste is de 5-jarige Amira", "5-jarige"),
    ("zoon Jayden (12) en dochter", "12"),
])
def test_ages(text, age):
    assert age in surfaces(text, "AGE")


@pytest.mark.parametrize("text", [
    "Zij woont al 2 jaar in Nederland.",
    "Hij is 7 jaar in Nederland.",
    "kinderen tussen 1 en 4 jaar oud",
])
def test_durations_are_not_ages(text):
    assert surfaces(text, "AGE") == []


@pytest.mark.parametrize("text,dob", [
    ("Mw. Kaya, geboren 12-03-1984, belde.", "12-03-1984"),
    ("geb. 3 mrt. '84 in Tilburg", "3 mrt. '84"),
    ("Geboortedatum: 14MAR88", "14MAR88"),
])
def test_dates_of_birth(text, dob):
    assert dob in surfaces(text, "DATE_OF_BIRTH")


def test_interview_date_is_not_a_birth_date():
    assert surfaces("Datum gesprek: 14 maart 2024, 10:00 uur") == []


@pytest.mark.parametrize("text,org", [
    ("Zij werkt bij Kapsalon Djamila in de stad.", "Kapsalon Djamila"),
    ("eigen bedrijf Vermeulen Timmerwerken (KvK 12345678)", "Vermeulen Timmerwerken"),
    ("de kinderen gingen naar Gastouderbureau De Zonnebloem.", "Gastouderbureau De Zonnebloem"),
])
def test_private_organisations(text, org):
    assert org in surfaces(text, "ORGANISATION_PRIVATE")


def test_public_institutions_are_not_masked():
    text = "Zij belde de Belastingdienst, daarna Dienst Toeslagen en de Commissie Werkelijke Schade."
    assert surfaces(text) == []


@pytest.mark.parametrize("text,name", [
    ('Klant staat in het systeem als "Wojcik, Agnieszka" genoteerd.', "Wojcik, Agnieszka"),  # one span (guideline)
    ("terugbelverzoek klant ALVES / JOANA", "ALVES / JOANA"),  # one span, as in the guideline
    ("hoi ik ben marco de jong uit emmeloord", "marco de jong"),
    ("M.K.: dat heb ik al gezegd.", "M.K."),
    ("Deurwaarder Ferry vertelt dat hij het weet.", "Ferry"),
])
def test_unusual_name_layouts(text, name):
    assert name in surfaces(text, "PERSON")


def test_place_after_name_is_not_swallowed_by_the_name():
    text = "Sinds kort woont Esra Yildiz in Amsterdam-Noord."
    assert "Esra Yildiz" in surfaces(text, "PERSON")
    assert "Amsterdam-Noord" in surfaces(text, "LOCATION")


@pytest.mark.parametrize("text", [
    "Hij werkt als bakker en zijn broer is schipper op de kotter.",
    "De visser van de kotter bracht vis naar de markt.",
    "Op Prinsjesdag presenteerde de staatssecretaris het Belastingplan.",
    "Zij spreekt Turks en Nederlands en kwam uit Marokko naar Nederland.",
    "De brief ging naar de Raad van State en de Nationale ombudsman.",
    "Volgens de Wet kinderopvang moest zij 20% eigen bijdrage betalen.",
])
def test_ordinary_prose_stays_unmasked(text):
    assert surfaces(text) == []


def test_names_at_sentence_start_and_of_every_origin():
    text = "Fatima belde gisteren. Daarna sprak ik met Oluwaseun Adeyemi en Wojciech Zielinski."
    found = surfaces(text, "PERSON")
    assert "Fatima" in found
    assert "Oluwaseun Adeyemi" in found
    assert "Wojciech Zielinski" in found


@pytest.mark.parametrize("text,age", [
    ("Zijn vrouw, 58, zegt dat het klopt.", "58"),
    ("hij werkt niet meer sinds zijn vijftigste niet meer", "vijftigste"),
])
def test_more_age_forms(text, age):
    assert age in surfaces(text, "AGE")


@pytest.mark.parametrize("text,ages", [
    ("| naam | leeftijd | woonplaats |\n|---|---|---|\n| Yusuf K. | 38 | Zwijndrecht |\n"
     "| Anouk | 27 jaar | Tiel |", ["38", "27 jaar"]),
    ("naam\tLft.\tkinderen\nJan\t41\t3\nPiet\tonbekend\t2", ["41"]),
    ("| naam | aantal kinderen |\n| Jan | 3 |", []),  # not an age column
    ("| naam | leeftijd |\n| Jan | 41 |\nTotaal: 41 jaar gemiddeld", ["41"]),  # the table ends
])
def test_ages_in_a_table_column(text, ages):
    from ibtd_desktop.anonymisation.dates_ages import find_table_ages

    assert [text[s.start:s.end] for s in find_table_ages(text)] == ages


def test_article_een_is_not_an_age():
    assert surfaces("Betrokkene is een 44-jarige vader.", "AGE") == ["44-jarige"]


@pytest.mark.parametrize("text,org", [
    ("Haar werkgever, Zorggroep Het Baken, heeft een vestiging.", "Zorggroep Het Baken"),
    ("Ik werk als chauffeur bij Taxicentrale Rijnmond Zuid. Het gaat.", "Taxicentrale Rijnmond Zuid"),
    ("De kinderen gaan naar obs De Springplank in de wijk.", "obs De Springplank"),
    # "...service" and "...diensten" names: in the pattern, but once missing from its anchors
    ("Ze werkte tot 2020 bij Schoonmaakservice De Glansmeester in Spijkenisse.",
     "Schoonmaakservice De Glansmeester"),
    ("Via Thuiszorgdiensten Welkom kreeg zij hulp.", "Thuiszorgdiensten Welkom"),
])
def test_more_organisations(text, org):
    assert org in surfaces(text, "ORGANISATION_PRIVATE")


def test_form_layout_with_reversed_initials_and_car_models():
    text = "Naam: Jansen, P.\nHij reed in een Renault Kangoo naar huis; haar geboortedag is 3 juni."
    got = {(s.label, text[s.start:s.end]) for s in detect(text)}
    assert ("PERSON", "Jansen, P.") in got
    assert ("DATE_OF_BIRTH", "3 juni") in got
    assert not any(surface == "Kangoo" for _, surface in got)


@pytest.mark.parametrize("text,name", [
    ("gesproken met fatima el idrissi (moeder) in de wijk", "fatima el idrissi"),
    ("de buurman henk van der berg belde terug", "henk van der berg"),
    ("haar broer heet youssef en werkt in de haven", "youssef"),
    ("de contactpersoon heette samira el amrani, zei ze", "samira el amrani"),
])
def test_lower_case_names_with_particles_and_after_heet(text, name):
    assert name in surfaces(text, "PERSON")


def test_a_detected_full_name_is_found_again_in_any_case():
    text = "Van: Kevin Bakker. Later schreef kevin bakker dat hij KEVIN BAKKER heet."
    assert surfaces(text, "PERSON") == ["Kevin Bakker", "kevin bakker", "KEVIN BAKKER"]


@pytest.mark.parametrize("text", [
    "Het heet officieel een tegemoetkoming, zei de medewerker.",
    "De regeling heet nu eenmaal zo en dat blijft.",
    "Ze kocht brood bij de bakker van de hoek.",
])
def test_ordinary_words_after_heet_or_particles_are_no_names(text):
    assert surfaces(text, "PERSON") == []
