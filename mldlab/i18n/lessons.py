"""Messages of the lessons (mldlab.lessons and ``mldlab lesson``), in English and Korean."""

MESSAGES = {
    "lesson_number": {
        "en": "there is no lesson {number}. Expected one of: {available}.",
        "ko": "{number}번 수업은 없습니다. 다음 중 하나여야 합니다: {available}.",
    },
    "lesson_language": {
        "en": "a lesson's language must be one of {languages}, got {lang!r}.",
        "ko": "수업의 언어는 {languages} 중 하나여야 하는데 {lang!r}입니다.",
    },
    "lesson_cell_failed": {
        "en": "code cell {cell} of the lesson failed. This is a bug in the lesson; please report it.\n{error}",
        "ko": "수업의 코드 셀 {cell}이(가) 실패했습니다. 수업의 버그이니 알려 주세요.\n{error}",
    },
    "lesson_written": {
        "en": "Lesson {number} ({lang}): the executed notebook {notebook} and {count} figures in {folder}",
        "ko": "{number}차시 수업({lang}): 실행된 노트북 {notebook}과 그림 {count}개를 {folder}에 썼습니다",
    },
    "lesson_notebook_written": {
        "en": "Lesson {number} ({lang}): the notebook {path}, to open in Jupyter or Colab",
        "ko": "{number}차시 수업({lang}): 노트북 {path}을(를) 썼습니다. Jupyter나 Colab에서 여세요",
    },
    "lesson_help": {
        "en": "run a lesson (the course deck slide by slide) and write the executed notebook and its figures",
        "ko": "수업(강의 슬라이드 순서대로)을 실행하고, 실행된 노트북과 그림을 씁니다",
    },
    "lesson_help_number": {"en": "the lesson's number (1, 2, 3 or 4)", "ko": "수업 번호 (1, 2, 3 또는 4)"},
    "lesson_help_out": {"en": "the folder to write into (default: the current one)",
                        "ko": "결과를 쓸 폴더 (기본값: 현재 폴더)"},
    "lesson_help_notebook": {"en": "only write the notebook, without running it",
                             "ko": "실행하지 않고 노트북만 씁니다"},
}
