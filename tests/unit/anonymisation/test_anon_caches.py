"""After a lock the detector keeps no words, names or identity values of the case in its caches."""

from ibtd_desktop.anonymisation import DetectionContext, KnownPerson, detect, forget_case_data
from ibtd_desktop.anonymisation import context, lexicons
from ibtd_desktop.anonymisation.caches import bounded_caches

CANARY = "Zwanetta Kwakkelstein"


def _held() -> int:
    return sum(c.cache_info().currsize for c in bounded_caches())


def test_forget_case_data_empties_every_cache_that_saw_the_text():
    known = DetectionContext((KnownPerson(name=CANARY, phone="06-91827364"),))
    detect(f"Gesprek met mevrouw {CANARY} (06-91827364) in Drachten, 41 jaar.", known)
    assert context._compiled_person.cache_info().currsize >= 1
    assert _held() > 0 and len(bounded_caches()) >= 20  # the caches of every rule module
    forget_case_data()
    assert _held() == 0
    assert lexicons.first_names.cache_info().currsize == 1  # shipped word lists stay loaded
