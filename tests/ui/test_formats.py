from ibtd_desktop.ui.formats import human_size


def test_file_sizes_read_as_a_person_expects():
    assert human_size(0) == "0 B"
    assert human_size(1023) == "1023 B"
    assert human_size(2048) == "2 kB"
    assert human_size(3 * 1024 * 1024 + 512 * 1024) == "3.5 MB"
