# api_contract_lint: lints the API contract with Redocly (tools/api) and fails on any
# error or warning, the linter's own warnings about its configuration included.
#   cmake -DTOOLS_DIR=<repo>/tools/api -DSPEC=<repo>/docs/api/openapi.yaml -P api_contract_lint.cmake
cmake_minimum_required(VERSION 3.19)   # string(JSON)

foreach(var TOOLS_DIR SPEC)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "api_contract_lint: pass -D${var}=...")
    endif()
endforeach()

set(redocly "${TOOLS_DIR}/node_modules/.bin/redocly")
if(NOT EXISTS "${redocly}")
    message(FATAL_ERROR
        "api_contract_lint: the API tools are not installed (${redocly} is missing). "
        "Run `scripts/dev.sh test`, which installs them, or `npm ci` in tools/api.")
endif()
find_program(NODE node)
if(NOT NODE)
    message(FATAL_ERROR "api_contract_lint: Node.js is not on PATH; `scripts/dev.sh test` installs it (Debian's nodejs).")
endif()
if(NOT EXISTS "${SPEC}")
    message(FATAL_ERROR "api_contract_lint: the contract ${SPEC} is missing.")
endif()

# No telemetry, no update check: the lint needs no network.
set(ENV{REDOCLY_TELEMETRY} off)
set(ENV{REDOCLY_SUPPRESS_UPDATE_NOTICE} true)
set(ENV{NO_COLOR} 1)

execute_process(
    COMMAND "${redocly}" lint --config "${TOOLS_DIR}/redocly.yaml" --format=json --max-problems=1000 "${SPEC}"
    RESULT_VARIABLE exitCode
    OUTPUT_VARIABLE report
    ERROR_VARIABLE log)

string(JSON errors ERROR_VARIABLE jsonError GET "${report}" totals errors)
string(JSON warnings ERROR_VARIABLE jsonError2 GET "${report}" totals warnings)
string(JSON ignored ERROR_VARIABLE jsonError3 GET "${report}" totals ignored)
if(jsonError OR jsonError2)
    message(FATAL_ERROR "api_contract_lint: redocly did not produce a report (exit ${exitCode}):\n${log}\n${report}")
endif()

# Warnings about the configuration itself (unknown rules, ...) go to stderr.
string(REGEX MATCHALL "\\[WARNING\\][^\n]*" configWarnings "${log}")

if(NOT exitCode EQUAL 0 OR errors GREATER 0 OR warnings GREATER 0 OR configWarnings)
    # The report again, readable, with line numbers.
    execute_process(
        COMMAND "${redocly}" lint --config "${TOOLS_DIR}/redocly.yaml" --format=stylish --max-problems=1000 "${SPEC}"
        OUTPUT_VARIABLE stylish
        ERROR_VARIABLE stylishLog)
    message(FATAL_ERROR
        "api_contract_lint: ${SPEC} has ${errors} error(s) and ${warnings} warning(s) "
        "(redocly exit ${exitCode}):\n${stylish}\n${stylishLog}")
endif()

message(STATUS "api_contract_lint: ${SPEC} is clean: 0 errors, 0 warnings (${ignored} known exception(s) in tools/api/.redocly.lint-ignore.yaml).")
