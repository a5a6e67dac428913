# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Baton authors

if(BATON_SANITIZE)
    # Everything built here, plugins and tests included, shares one sanitizer runtime.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer
                        -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Warnings for Baton's own targets (third-party headers are system headers and stay quiet).
# baton_target_defaults(target [TEST]): TEST allows implicit QString from string literals.
function(baton_target_defaults target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wimplicit-fallthrough)
    if(BATON_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    # Not QT_NO_KEYWORDS: QScintilla's and qtermwidget's headers use `signals:` and `slots:`.
    # Baton's own code writes Q_SIGNALS / Q_SLOTS / Q_EMIT all the same.
    if(NOT "TEST" IN_LIST ARGN)
        target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT QT_USE_QSTRINGBUILDER)
endfunction()
