import json

from ibtd_desktop.cli import main


def test_scan_jsonl_to_file(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        json.dumps({"id": "a", "text": "Bel mevrouw Jansen op 06-12345678."}) + "\n"
        + json.dumps({"id": 7, "text": "Niets bijzonders hier."}) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    assert main(["scan", str(src), "--out", str(out)]) == 0
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [rec["id"] for rec in lines] == ["a", 7]
    ents = lines[0]["entities"]
    text = "Bel mevrouw Jansen op 06-12345678."
    assert {(text[e["start"]:e["end"]], e["label"]) for e in ents} == {
        ("Jansen", "PERSON"), ("06-12345678", "PHONE")}
    assert lines[1]["entities"] == []


def test_scan_to_stdout(tmp_path, capsys):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "x", "text": "BSN 111222333"}) + "\n", encoding="utf-8")
    assert main(["scan", str(src)]) == 0
    rec = json.loads(capsys.readouterr().out)
    assert rec == {"id": "x", "entities": [{"start": 4, "end": 13, "label": "BSN"}]}


def test_scan_text_prints_spans(capsys):
    assert main(["scan", "--text", "mail a.b@example.nl"]) == 0
    out = capsys.readouterr().out
    assert "EMAIL" in out and "a.b@example.nl" in out


def test_malformed_line_names_the_line_and_exits_2(tmp_path, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": 1, "text": "ok"}\n{not json\n', encoding="utf-8")
    assert main(["scan", str(src), "--out", str(tmp_path / "o.jsonl")]) == 2
    err = capsys.readouterr().err
    assert "line 2" in err
    assert not (tmp_path / "o.jsonl").exists()


def test_missing_text_field_is_an_error(tmp_path, capsys):
    src = tmp_path / "bad.jsonl"
    src.write_text('{"id": 1}\n', encoding="utf-8")
    assert main(["scan", str(src)]) == 2
    assert "line 1" in capsys.readouterr().err


def test_redact_prints_redacted_text(tmp_path, capsys):
    src = tmp_path / "note.txt"
    src.write_text("Mevrouw Jansen, BSN 111222333, woont op Kerkstraat 12.\n", encoding="utf-8")
    assert main(["redact", str(src)]) == 0
    out = capsys.readouterr().out
    assert "111222333" not in out and "Jansen" not in out and "Kerkstraat" not in out
    assert "[BSN]" in out and "[ADRES]" in out


def test_redact_missing_file_exits_2(tmp_path, capsys):
    assert main(["redact", str(tmp_path / "nope.txt")]) == 2
