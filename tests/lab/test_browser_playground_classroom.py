"""Classroom mode in the browser: the teacher locks and hides controls and pushes a setup; students see it.

The server (``classroom_lab``) speaks Korean by default. The student is the ``page`` fixture (its screenshot shows
the locked page); the teacher is a second browser context whose screenshot is saved next to it.
"""

import pathlib
import re

from playwright.sync_api import expect

SCREENSHOTS = pathlib.Path(__file__).parent / "screenshots"


def _ready(page):
    page.wait_for_selector("body[data-ready='1']")


def test_the_teacher_locks_a_control_and_the_student_sees_it_locked(page, browser, classroom_lab):
    url, join_code, teacher_code = classroom_lab
    teacher_context = browser.new_context(viewport={"width": 1366, "height": 768})
    teacher = teacher_context.new_page()
    teacher.set_default_timeout(15_000)
    teacher_errors = []
    teacher.on("console", lambda m: m.type == "error" and teacher_errors.append(m.text))
    teacher.on("pageerror", lambda e: teacher_errors.append(str(e)))
    try:
        teacher.goto(f"{url}/?teacher={teacher_code}")
        _ready(teacher)
        expect(teacher.get_by_test_id("teacher-panel")).to_be_visible()
        assert "teacher=" not in teacher.url  # the code must not stay on the projector

        page.goto(f"{url}/?join={join_code}")
        _ready(page)
        expect(page.get_by_test_id("teacher-panel")).to_be_hidden()
        expect(page.get_by_test_id("dataset")).to_be_enabled()
        expect(page.get_by_test_id("play")).to_contain_text("실행")  # the classroom's language

        teacher.get_by_test_id("lock-dataset").check()
        teacher.get_by_test_id("hide-export").check()
        expect(page.get_by_test_id("dataset")).to_be_disabled()
        expect(page.get_by_test_id("export")).to_be_hidden()
        expect(teacher.get_by_test_id("dataset")).to_be_enabled()  # never locked for the teacher

        with teacher.expect_response(lambda r: r.url.endswith("/api/setup") and r.request.method == "PUT"):
            teacher.get_by_test_id("dataset").select_option("xor")
        teacher.get_by_test_id("teacher-push-setup").click()
        expect(page.get_by_test_id("dataset")).to_have_value("xor")
        expect(page.get_by_test_id("dataset")).to_be_disabled()

        teacher.get_by_test_id("lock-dataset").uncheck()
        expect(page.get_by_test_id("dataset")).to_be_enabled()
        teacher.screenshot(path=str(SCREENSHOTS / "test_classroom_teacher.png"), full_page=True)
    finally:
        teacher_context.close()
    assert teacher_errors == []
    assert page.errors == []


def test_a_student_needs_the_join_code(page, classroom_lab):
    url, join_code, _ = classroom_lab
    page.goto(f"{url}/")
    dialog = page.get_by_test_id("join-dialog")
    expect(dialog).to_be_visible()
    page.get_by_test_id("join-code").fill("WRONG1")
    page.get_by_test_id("join").click()
    expect(page.locator("#join-error")).not_to_be_empty()
    page.get_by_test_id("join-code").fill(join_code.lower())
    page.get_by_test_id("join").click()
    _ready(page)
    expect(dialog).to_be_hidden()
    expect(page.get_by_test_id("test-loss")).to_have_text(re.compile(r"^\d+\.\d{4}$"))
    page.errors = [e for e in page.errors if "status of 403" not in e]  # the refused wrong code
    assert page.errors == []
