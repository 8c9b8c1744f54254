# Runs lupdate over the sources into a scratch copy of the Chinese .ts file and fails when any
# message is unfinished (new, changed or untranslated). The committed .ts file is not touched.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(scratch "${WORK_DIR}/zhiqiao_zh_CN.ts")
configure_file("${TS_FILE}" "${scratch}" COPYONLY)
string(REPLACE "," ";" dirs "${SOURCE_DIRS}")
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none ${dirs} -ts "${scratch}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}): ${out}${err}")
endif()
file(STRINGS "${scratch}" lines)
set(missing 0)
set(report "")
set(source "")
foreach(line IN LISTS lines)
    if(line MATCHES "<source>(.*)</source>")
        set(source "${CMAKE_MATCH_1}")
    elseif(line MATCHES "type=\"unfinished\"" OR line MATCHES "<translation></translation>")
        math(EXPR missing "${missing} + 1")
        string(APPEND report "\n    ${source}")
    endif()
endforeach()
if(missing GREATER 0)
    message(FATAL_ERROR
        "${missing} string(s) lack a Simplified Chinese translation:${report}\n"
        "Run `cmake --build <build> --target update_translations`, translate them in "
        "translations/zhiqiao_zh_CN.ts (Qt Linguist or an editor), and rebuild.")
endif()
