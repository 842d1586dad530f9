"""mldlab.data.load_csv: tables written as a teacher would write them, and every way a file can go wrong."""

import numpy as np
import pytest

import mldlab
from mldlab.data import load_csv


def write(tmp_path, text, name="data.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_word_classes_are_numbered_in_sorted_order(tmp_path):
    path = write(tmp_path, "lectures,hours,result\n4,5,fail\n12,8.5,pass\n2,1,fail\n15,9,pass\n")
    X, y, features, classes = load_csv(path, target="result", return_names=True)
    assert X.dtype == np.float32 and X.tolist() == [[4, 5], [12, 8.5], [2, 1], [15, 9]]
    assert y.dtype == np.int64 and y.tolist() == [0, 1, 0, 1]
    assert features == ["lectures", "hours"] and classes == ["fail", "pass"]
    X2, y2 = load_csv(path, target="result")
    np.testing.assert_array_equal(X, X2)
    np.testing.assert_array_equal(y, y2)


def test_whole_number_targets_are_class_labels_and_decimals_are_regression(tmp_path):
    labels = write(tmp_path, "x1,x2,y\n1,2,0\n3,4,1\n5,6,2\n", "labels.csv")
    X, y, _, classes = load_csv(labels, return_names=True)  # target=-1: the last column
    assert y.dtype == np.int64 and y.tolist() == [0, 1, 2] and classes is None
    values = write(tmp_path, "x,y\n1,0.5\n2,151\n3,1e3\n", "values.csv")
    _, y = load_csv(values, target="y")
    assert y.dtype == np.float32 and y.tolist() == [0.5, 151, 1000]


def test_target_by_position_anywhere_in_the_table(tmp_path):
    path = write(tmp_path, "y,a,b\n1,10,20\n0,30,40\n")
    X, y, features, _ = load_csv(path, target=0, return_names=True)
    assert X.tolist() == [[10, 20], [30, 40]] and y.tolist() == [1, 0] and features == ["a", "b"]
    X, y, features, classes = load_csv(path, target="a", return_names=True)
    assert X.tolist() == [[1, 20], [0, 40]] and features == ["y", "b"]
    assert y.tolist() == [0, 1] and classes == ["10", "30"]  # labels 10, 30 numbered 0, 1 in sorted order


def test_without_header_delimiter_blank_lines_and_quotes(tmp_path):
    path = write(tmp_path, "4;5;1\n\n2;1;0\r\n\"5\";8;1\n\n")
    X, y, features, _ = load_csv(path, delimiter=";", header=False, return_names=True)
    assert X.tolist() == [[4, 5], [2, 1], [5, 8]] and y.tolist() == [1, 0, 1]
    assert features == ["x1", "x2"]


def test_no_target(tmp_path):
    path = write(tmp_path, "a,b\n1,2\n3,4\n")
    X, y = load_csv(path, target=None)
    assert X.tolist() == [[1, 2], [3, 4]] and y is None


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
def test_korean_excel_files(tmp_path, encoding):
    path = write(tmp_path, "참석한 수업의 수,과제를 위해 투자한 시간,결과\n4,5,불합격\n12,8,합격\n", encoding=encoding)
    X, y, features, classes = load_csv(path, target="결과", return_names=True)
    assert features == ["참석한 수업의 수", "과제를 위해 투자한 시간"]
    assert sorted(classes) == classes and set(classes) == {"불합격", "합격"}
    assert [classes[k] for k in y] == ["불합격", "합격"] and X.tolist() == [[4, 5], [12, 8]]


def test_whitespace_around_values_and_names(tmp_path):
    path = write(tmp_path, " a , b ,label\n 1 , 2.5 , yes\n3,4,no \n")
    X, y, features, classes = load_csv(path, target="label", return_names=True)
    assert X.tolist() == [[1, 2.5], [3, 4]] and features == ["a", "b"] and classes == ["no", "yes"]
    assert y.tolist() == [1, 0]


def check_error(call, error, english, korean):
    with pytest.raises(error, match=english):
        call()
    mldlab.set_language("ko")
    with pytest.raises(error, match=korean):
        call()
    mldlab.set_language("en")


def test_missing_file_shows_the_path(tmp_path):
    path = tmp_path / "nowhere" / "exam.csv"
    check_error(lambda: load_csv(path), FileNotFoundError, "no file at .*nowhere.*exam.csv.*working directory",
                "exam.csv'에 파일이 없습니다.*작업 폴더")


def test_missing_target_lists_the_columns(tmp_path):
    path = write(tmp_path, "lectures,hours,result\n4,5,1\n")
    check_error(lambda: load_csv(path, target="passed"), ValueError,
                r"no column 'passed'; the columns are \['lectures', 'hours', 'result'\]",
                r"'passed' 열이 없습니다. 있는 열은 \['lectures', 'hours', 'result'\]")


def test_non_numeric_value_gives_line_column_and_value(tmp_path):
    path = write(tmp_path, "lectures,hours,result\n4,5,1\n2,1,0\n5,eight,1\n")
    check_error(lambda: load_csv(path), ValueError, "line 4, column 'hours': 'eight' is not a number",
                "4번째 줄, 'hours' 열: 'eight'은\\(는\\) 숫자가 아닙니다")


def test_non_numeric_without_header_names_the_position_and_infinity_is_refused(tmp_path):
    path = write(tmp_path, "4,5,1\n2,x,0\n")
    check_error(lambda: load_csv(path, header=False), ValueError, "line 2, column 2: 'x'", "2번째 줄, 2 열")
    path = write(tmp_path, "a,b\n1,nan\n", "nan.csv")
    check_error(lambda: load_csv(path, target=None), ValueError, "line 2, column 'b': 'nan' is not a finite number",
                "'nan'은")


def test_a_target_mixing_numbers_and_words_points_at_the_word(tmp_path):
    path = write(tmp_path, "a,y\n1,0.5\n2,NA\n3,1.5\n")
    check_error(lambda: load_csv(path), ValueError, "line 3, column 'y': 'NA' is not a number", "3번째 줄")


def test_empty_cell_is_called_a_missing_value(tmp_path):
    path = write(tmp_path, "a,b,y\n1,2,0\n3,,1\n")
    check_error(lambda: load_csv(path), ValueError, "line 3, column 'b' is empty .a missing value.",
                "3번째 줄, 'b' 열이 비어 있습니다")
    path = write(tmp_path, "a,y\n1,0\n3,\n", "target.csv")
    check_error(lambda: load_csv(path), ValueError, "line 3, column 'y' is empty", "'y' 열이 비어")


def test_ragged_row_gives_line_and_counts(tmp_path):
    path = write(tmp_path, "a,b,y\n1,2,0\n3,4\n")
    check_error(lambda: load_csv(path), ValueError, "line 3 has 2 values, expected 3",
                "3번째 줄에 값이 2개 있는데, 첫 행처럼 3개여야")
    path = write(tmp_path, "a,b,y\n1,2,0\n\n1,000,4,1\n", "comma.csv")
    check_error(lambda: load_csv(path), ValueError, "line 4 has 4 values, expected 3.*in quotes", "따옴표")


def test_empty_file_and_header_only(tmp_path):
    path = write(tmp_path, "\n\n")
    check_error(lambda: load_csv(path), ValueError, "the file .*data.csv' is empty", "비어 있습니다")
    path = write(tmp_path, "a,b,y\n", "header.csv")
    check_error(lambda: load_csv(path), ValueError, "has a header row but no data rows", "데이터 행이 없습니다")


def test_target_position_and_type_errors(tmp_path):
    path = write(tmp_path, "1,2,0\n3,4,1\n")
    check_error(lambda: load_csv(path, target=3, header=False), ValueError,
                "target=3 is outside the 3 columns: use 0 … 2", "target=3이")
    check_error(lambda: load_csv(path, target="y", header=False), ValueError,
                "target='y' is a column name, but with header=False", "header=False라서")
    check_error(lambda: load_csv(path, target=1.5, header=False), TypeError,
                "target must be a column name, a column position or None", "target은 열 이름")
    single = write(tmp_path, "y\n1\n", "single.csv")
    check_error(lambda: load_csv(single), ValueError, "no feature columns", "특성 열이 없습니다")


def test_wrong_delimiter_hint(tmp_path):
    path = write(tmp_path, "a;b;y\n1;2;0\n")
    check_error(lambda: load_csv(path, target="y"), ValueError, r"the columns are \['a;b;y'\].*delimiter \(now ','\)",
                r"구분자\(지금은 ','\)")


def test_undecodable_file(tmp_path):
    path = write(tmp_path, "a,y\n1,0\n")
    path.write_bytes(b"a,y\n\xff\xfe\xff,0\n")
    check_error(lambda: load_csv(path, encoding="utf-8"), ValueError, "cannot read .* as text .utf-8.", "CSV UTF-8")


def test_labels_that_do_not_count_from_zero_are_numbered_and_named(tmp_path):
    path = write(tmp_path, "a,y\n1,1\n2,2\n3,2\n")
    _, y, _, classes = load_csv(path, return_names=True)
    assert y.dtype == np.int64 and y.tolist() == [0, 1, 1] and classes == ["1", "2"]
    path = write(tmp_path, "a,y\n1,-1\n2,1\n3,-1\n", "signs.csv")
    _, y, _, classes = load_csv(path, return_names=True)
    assert y.tolist() == [0, 1, 0] and classes == ["-1", "1"]
    path = write(tmp_path, "a,y\n1,0\n2,2\n", "gap.csv")  # counts from 0, a class missing: kept
    _, y, _, classes = load_csv(path, return_names=True)
    assert y.tolist() == [0, 2] and classes is None
    path = write(tmp_path, "a,y\n1,0\n2,1000000000\n", "huge.csv")  # never a billion output units
    _, y, _, classes = load_csv(path, return_names=True)
    assert y.tolist() == [0, 1] and classes == ["0", "1000000000"]


def test_a_target_with_one_class_is_read_as_it_is(tmp_path):
    """A file of the passing students only can be scored; training on it is refused where training starts."""
    path = write(tmp_path, "a,y\n1,pass\n2,pass\n")
    _, y, _, classes = load_csv(path, return_names=True)
    assert y.tolist() == [0, 0] and classes == ["pass"]
    path = write(tmp_path, "a,y\n1,2\n2,2\n", "twos.csv")
    _, y, _, classes = load_csv(path, return_names=True)
    assert y.tolist() == [0, 0] and classes == ["2"]


@pytest.mark.parametrize("cell", ["inf", "-Infinity", "NaN"])
def test_nan_and_infinity_are_refused_with_line_and_column(tmp_path, cell):
    path = write(tmp_path, f"a,b,y\n1,2,0\n3,{cell},1\n")
    check_error(lambda: load_csv(path), ValueError, f"line 3, column 'b': '{cell}' is not a finite number",
                "유한한 수가 아닙니다")
    path = write(tmp_path, f"a,y\n1,0.5\n3,{cell}\n", "target.csv")
    check_error(lambda: load_csv(path), ValueError, f"line 3, column 'y': '{cell}' is not a finite number", "3번째 줄")


def test_values_that_overflow_float32_are_refused(tmp_path):
    path = write(tmp_path, "a,b,y\n1,2,0\n3,-1e39,1\n")
    check_error(lambda: load_csv(path), ValueError, r"line 3, column 'b': '-1e39' is too large for float32",
                "float32에 비해 너무 큽니다")
    path = write(tmp_path, "a,y\n1,0.5\n3,4e38\n", "target.csv")
    check_error(lambda: load_csv(path), ValueError, "line 3, column 'y': '4e38' is too large", "너무 큽니다")
    path = write(tmp_path, "a,y\n3.4e38,0.5\n-3.4e38,1.5\n", "edge.csv")  # the largest float32 values pass
    assert np.isfinite(load_csv(path)[0]).all()


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path):
    path = write(tmp_path, "a,y\n" + "1,0\n2,1\n" * 500)
    check_error(lambda: load_csv(path, max_bytes=1000), ValueError, "has 4,004 bytes, more than the limit of 1,000",
                "한도 1,000바이트보다 커서")
    assert load_csv(path, max_bytes=4004)[0].shape == (1000, 1)
    for wrong in (-1, 1.5, "50MB", None):
        check_error(lambda: load_csv(path, max_bytes=wrong), ValueError, "max_bytes must be a whole number",
                    "0 이상의 정수")


def test_long_lines_long_values_and_too_many_columns(tmp_path):
    path = write(tmp_path, "a,y\n1,0\n" + "1" * 1_000_001 + ",1\n")
    check_error(lambda: load_csv(path), ValueError, "line 3 has 1,000,003 bytes, more than the limit",
                "3번째 줄이 1,000,003바이트로")
    path = write(tmp_path, 'a,y\n1,0\n"2,1\n' + "3,0\n" * 40_000, "quote.csv")  # a quote never closed
    check_error(lambda: load_csv(path), ValueError, "line .* cannot be read as CSV.*quote", "따옴표")
    path = write(tmp_path, ",".join(["1"] * 10_001) + "\n", "wide.csv")
    check_error(lambda: load_csv(path), ValueError, "line 1 has 10,001 columns, more than the limit of 10,000",
                "열이 10,001개로")


def test_binary_files_and_excel_workbooks_are_named(tmp_path):
    path = tmp_path / "data.csv"
    path.write_bytes(b"a,y\n1,0\n\x00\x01\x02garbage")
    check_error(lambda: load_csv(path), ValueError, "is not a text file \\(line 3 holds a NUL byte", "텍스트 파일이")
    path.write_bytes(b"PK\x03\x04\x14\x00\x06\x00" + bytes(100))
    check_error(lambda: load_csv(path), ValueError, r"is an Excel workbook \(\.xlsx\), not a CSV", "Excel 통합 문서")


def test_korean_and_unicode_encodings_are_detected_or_named(tmp_path):
    for encoding in ("utf-16", "euc-kr", "utf-8"):
        path = write(tmp_path, "키,결과\n1,합격\n2,불합격\n", f"{encoding}.csv", encoding=encoding)
        assert load_csv(path, return_names=True)[3] == ["불합격", "합격"]
    path = write(tmp_path, "a,y\n1,0\n2,1\n")
    path.write_bytes(b"a,y\n1,0\n2,\x80\xff\n")  # neither UTF-8 nor CP949
    check_error(lambda: load_csv(path), ValueError, "cannot read .* as text .UTF-8 / CP949.: line 3",
                "3번째 줄에 이 인코딩이 아닌")
    check_error(lambda: load_csv(path, encoding="klingon"), ValueError, "encoding='klingon' is not an encoding",
                "인코딩이 아닙니다")


def test_a_wide_table_lists_its_first_columns_only(tmp_path):
    path = write(tmp_path, ",".join(f"c{j}" for j in range(5000)) + "\n" + ",".join(["1"] * 5000) + "\n")
    with pytest.raises(ValueError, match=r"no column 'y'; the columns are \['c0', 'c1', .*'c29', \.\.\.\]\.") as info:
        load_csv(path, target="y")
    assert len(str(info.value)) < 800


def test_duplicate_column_names_and_bad_delimiters(tmp_path):
    path = write(tmp_path, "a,b,a,y\n1,2,3,0\n4,5,6,1\n")
    check_error(lambda: load_csv(path), ValueError, r"the column names \['a'\] appear more than once", "두 번 이상")
    for delimiter in ("", ";;", '"', 7):
        check_error(lambda: load_csv(path, delimiter=delimiter), ValueError, "delimiter must be one character",
                    "문자 하나여야")


def test_many_rows_are_converted_block_by_block_with_the_right_line_numbers(tmp_path):
    rows = [f"{i},{i % 2}" for i in range(600_000)]
    rows[555_555] = "oops,1"
    path = write(tmp_path, "a,y\n" + "\n".join(rows) + "\n")
    check_error(lambda: load_csv(path), ValueError, "line 555557, column 'a': 'oops' is not a number", "555557번째")
    rows[555_555] = "5,1"
    path = write(tmp_path, "a,y\n" + "\n".join(rows) + "\n")
    X, y = load_csv(path)
    assert X.shape == (600_000, 1) and X[-1, 0] == 599_999 and y[:4].tolist() == [0, 1, 0, 1]
