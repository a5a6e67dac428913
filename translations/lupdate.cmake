# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Baton authors
# Runs lupdate on a copy of each .ts file and copies it back only when its content changed,
# so an unchanged tree does not rebuild and relink.
file(MAKE_DIRECTORY ${WORK_DIR})
foreach(ts IN LISTS TS_FILES)
    get_filename_component(name ${ts} NAME)
    set(copy ${WORK_DIR}/${name})
    if(EXISTS ${ts})
        file(COPY_FILE ${ts} ${copy})
    else()
        file(REMOVE ${copy})
    endif()
    string(REGEX REPLACE "^[^_]+_(.+)\\.ts$" "\\1" language ${name})
    execute_process(
        COMMAND ${LUPDATE} -silent -target-language ${language} -recursive -no-obsolete -locations none
                -extensions cpp,h ${SOURCE_DIR} -ts ${copy}
        RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lupdate failed on ${name}")
    endif()
    file(COPY_FILE ${copy} ${ts} ONLY_IF_DIFFERENT)
endforeach()
