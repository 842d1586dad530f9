"""Messages of the web lab (lab_server): KEY: {"en": ..., "ko": ...}, the same {fields} in both."""

MESSAGES = {
    "server_bad_json": {
        "en": "The request body is not valid JSON. Hint: send a JSON object such as {{\"learning_rate\": 0.03}}.",
        "ko": "요청 본문이 올바른 JSON이 아닙니다. 힌트: {{\"learning_rate\": 0.03}} 같은 JSON 객체를 보내세요.",
    },
    "server_missing_field": {
        "en": "The field {field!r} is missing. Hint: add it to the request.",
        "ko": "필드 {field!r}이(가) 없습니다. 힌트: 요청에 넣어 주세요.",
    },
    "server_unknown_field": {
        "en": "Unknown field {field!r}. Hint: check its spelling; unknown fields are refused.",
        "ko": "알 수 없는 필드 {field!r}입니다. 힌트: 철자를 확인하세요. 모르는 필드는 받지 않습니다.",
    },
    "server_wrong_type": {
        "en": "{field} has the wrong type: got {value}, expected {expected}.",
        "ko": "{field}의 형식이 맞지 않습니다: 받은 값 {value}, 필요한 형식 {expected}.",
    },
    "server_expected_int": {"en": "a whole number (like 3)", "ko": "정수 (예: 3)"},
    "server_expected_number": {"en": "a number (like 0.5)", "ko": "숫자 (예: 0.5)"},
    "server_expected_text": {"en": "text in quotes", "ko": "따옴표 안의 문자열"},
    "server_expected_bool": {"en": "true or false", "ko": "true 또는 false"},
    "server_expected_list": {"en": "a list [...]", "ko": "목록 [...]"},
    "server_expected_object": {"en": "a JSON object {{...}}", "ko": "JSON 객체 {{...}}"},
    "server_out_of_range": {
        "en": "{field} is out of range: got {value}, it must be {bound}.",
        "ko": "{field} 값이 범위를 벗어났습니다: 받은 값 {value}, 허용 범위 {bound}.",
    },
    "server_bound_gt": {"en": "more than {limit}", "ko": "{limit}보다 큰 값"},
    "server_bound_ge": {"en": "at least {limit}", "ko": "{limit} 이상"},
    "server_bound_lt": {"en": "less than {limit}", "ko": "{limit}보다 작은 값"},
    "server_bound_le": {"en": "at most {limit}", "ko": "{limit} 이하"},
    "server_bound_finite": {"en": "a finite number", "ko": "유한한 숫자"},
    "server_wrong_length": {
        "en": "{field} has {size} items; allowed: {low} to {high}.",
        "ko": "{field}의 항목 수가 {size}개입니다. 허용 범위: {low}~{high}개.",
    },
    "server_wrong_text_length": {
        "en": "{field} must have {low} to {high} characters.",
        "ko": "{field}은(는) {low}~{high}자여야 합니다.",
    },
    "server_not_allowed": {
        "en": "{field} cannot be {value}. Allowed: {allowed}.",
        "ko": "{field}에는 {value}을(를) 쓸 수 없습니다. 가능한 값: {allowed}.",
    },
    "server_invalid_value": {
        "en": "{field} has a value the lab cannot use: {value}.",
        "ko": "{field}의 값 {value}은(는) 실습실에서 쓸 수 없습니다.",
    },
    "server_not_found": {
        "en": "Nothing at {path}. Hint: the playground is at /, the lessons at /lessons.",
        "ko": "{path}에는 아무것도 없습니다. 힌트: 놀이터는 /, 수업 페이지는 /lessons에 있습니다.",
    },
    "server_method_not_allowed": {
        "en": "{path} does not accept {method} requests.",
        "ko": "{path}은(는) {method} 요청을 받지 않습니다.",
    },
    "server_http_error": {
        "en": "The request could not be served (HTTP {status}).",
        "ko": "요청을 처리할 수 없습니다 (HTTP {status}).",
    },
    "server_internal_error": {
        "en": "Internal error in the lab; the details are in the server's log. Hint: reload the page.",
        "ko": "실습실 내부 오류입니다. 자세한 내용은 서버 로그에 있습니다. 힌트: 페이지를 새로 고치세요.",
    },
    "server_too_large": {
        "en": "The request is too large: at most {limit} KB. Hint: send a smaller file or fewer points.",
        "ko": "요청이 너무 큽니다: 최대 {limit} KB입니다. 힌트: 더 작은 파일이나 더 적은 점을 보내세요.",
    },
    "server_rate_limited": {
        "en": "Too many requests from this page at once. Wait a moment and try again.",
        "ko": "이 페이지에서 한꺼번에 너무 많은 요청을 보냈습니다. 잠시 기다렸다가 다시 시도하세요.",
    },
    "server_unknown_session": {
        "en": "This session is unknown or has expired. Hint: reload the page to start a new one.",
        "ko": "알 수 없거나 만료된 세션입니다. 힌트: 페이지를 새로 고쳐 새 세션을 시작하세요.",
    },
    "server_too_many_sessions": {
        "en": "The lab is full ({limit} sessions). Hint: close unused tabs, or wait for idle sessions to end.",
        "ko": "실습실이 가득 찼습니다 (세션 {limit}개). 힌트: 쓰지 않는 탭을 닫거나 쉬고 있는 세션이 끝나길 "
              "기다리세요.",
    },
    "server_too_many_running": {
        "en": "{limit} networks are already training on this computer. Hint: pause one, or try again shortly.",
        "ko": "이 컴퓨터에서 이미 신경망 {limit}개가 학습 중입니다. 힌트: 하나를 멈추거나 잠시 후 다시 시도하세요.",
    },
    "server_code_needed": {
        "en": "This is a classroom lab: enter the join code shown by your teacher.",
        "ko": "수업용 실습실입니다. 선생님이 알려 준 참여 코드를 입력하세요.",
    },
    "server_bad_code": {
        "en": "That code is not right. Hint: check the code on the teacher's screen.",
        "ko": "코드가 맞지 않습니다. 힌트: 선생님 화면의 코드를 확인하세요.",
    },
    "server_teacher_only": {
        "en": "Only the teacher can do this.",
        "ko": "선생님만 할 수 있는 작업입니다.",
    },
    "server_locked": {
        "en": "The teacher has locked {control}.",
        "ko": "선생님이 {control}을(를) 잠갔습니다.",
    },
    "server_preset_body": {
        "en": "Send either {{\"preset\": name}} or {{\"setup\": {{...}}}}, exactly one of them.",
        "ko": "{{\"preset\": 이름}} 또는 {{\"setup\": {{...}}}} 중 하나만 보내세요.",
    },
    "server_push_upload": {
        "en": "A setup with uploaded data cannot be pushed: the students do not have the file.",
        "ko": "업로드한 데이터를 쓰는 설정은 학생들에게 보낼 수 없습니다: 학생들에게는 그 파일이 없습니다.",
    },
    "server_upload_first": {
        "en": "The data set 'upload' needs a CSV file. Hint: upload one first.",
        "ko": "데이터셋 'upload'에는 CSV 파일이 필요합니다. 힌트: 먼저 파일을 올리세요.",
    },
    "server_bad_upload": {
        "en": "The upload could not be read. Hint: send the CSV file as the form field 'file'.",
        "ko": "업로드를 읽을 수 없습니다. 힌트: CSV 파일을 폼 필드 'file'로 보내세요.",
    },
    "server_unknown_message": {
        "en": "Unknown message type {value}. Allowed: {allowed}.",
        "ko": "알 수 없는 메시지 종류 {value}입니다. 가능한 값: {allowed}.",
    },
    "server_serving": {
        "en": "mldlab lab is running at {url}",
        "ko": "mldlab 실습실이 {url} 에서 실행 중입니다",
    },
    "server_serving_lan": {
        "en": "  students on the same network: {url}",
        "ko": "  같은 네트워크의 학생들: {url}",
    },
    "server_join_code": {"en": "  join code (students): {code}", "ko": "  참여 코드 (학생): {code}"},
    "server_teacher_code": {"en": "  teacher code: {code}", "ko": "  선생님 코드: {code}"},
    "server_stop_hint": {"en": "Press Ctrl+C to stop.", "ko": "멈추려면 Ctrl+C를 누르세요."},
    "server_stopped": {"en": "The lab has stopped.", "ko": "실습실을 멈췄습니다."},
    "server_no_browser": {
        "en": "Open {url} in your browser.",
        "ko": "브라우저에서 {url} 을(를) 여세요.",
    },
    "server_port_taken": {
        "en": "The port {port} is already in use (another program, or a lab already running). Hint: "
              "mldlab lab --port {next}",
        "ko": "포트 {port}을(를) 이미 쓰고 있습니다 (다른 프로그램이나 이미 실행 중인 실습실). 힌트: "
              "mldlab lab --port {next}",
    },
    "server_missing_deps": {
        "en": "The web lab needs {package}, which is not installed. Hint: pip install 'mldlab[lab]'",
        "ko": "웹 실습실에는 {package}이(가) 필요한데 설치되어 있지 않습니다. 힌트: pip install 'mldlab[lab]'",
    },
    "server_cli_help": {
        "en": "start the web lab: the playground and the lesson pages in your browser",
        "ko": "웹 실습실 시작: 브라우저에서 놀이터와 수업 페이지",
    },
    "server_cli_help_host": {
        "en": "the address to listen on (default 127.0.0.1, in a classroom 0.0.0.0)",
        "ko": "서버 주소 (기본값 127.0.0.1, 수업 모드에서는 0.0.0.0)",
    },
    "server_cli_help_port": {"en": "the port (default 8765)", "ko": "포트 (기본값 8765)"},
    "server_cli_help_no_browser": {"en": "do not open the browser", "ko": "브라우저를 열지 않음"},
    "server_cli_help_classroom": {
        "en": "classroom mode: students on the network join with a code; the teacher has a separate code",
        "ko": "수업 모드: 같은 네트워크의 학생들이 코드로 참여하고, 선생님은 별도의 코드를 씁니다",
    },
}
