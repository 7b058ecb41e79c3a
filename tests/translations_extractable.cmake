# ctest: every translatable string can be found by lupdate. A tr() that
# lupdate cannot place in a context (a free function's own tr helper, say)
# is silently left out of the catalogues and stays English in every language.
#   cmake -DLUPDATE=<lupdate> -DSOURCE_DIR=<project> -DWORK_DIR=<dir> -P translations_extractable.cmake
file(GLOB_RECURSE sources "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/ui/*.cpp")
file(MAKE_DIRECTORY "${WORK_DIR}")
execute_process(
    COMMAND "${LUPDATE}" -silent -locations none ${sources} -ts "${WORK_DIR}/extractable.ts"
    RESULT_VARIABLE rc
    OUTPUT_VARIABLE out
    ERROR_VARIABLE err)
string(REGEX MATCHALL "[^\n]*tr\\(\\) cannot be called without context[^\n]*" lost "${out}${err}")
if(lost)
    string(REPLACE ";" "\n" lost "${lost}")
    message(FATAL_ERROR "lupdate cannot see these strings (use QCoreApplication::translate(\"Context\", ...) "
                        "outside a class):\n${lost}")
endif()
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${err}")
endif()
message(STATUS "lupdate found every translatable string")
