# One interface target carries the project's warning and sanitizer flags so
# every component gets the same ones.
add_library(wres_flags INTERFACE)
target_compile_options(wres_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
  -Wno-sign-conversion)
if(WRES_WERROR)
  target_compile_options(wres_flags INTERFACE -Werror)
endif()
if(WRES_SANITIZE)
  target_compile_options(wres_flags INTERFACE -fsanitize=address,undefined
    -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(wres_flags INTERFACE -fsanitize=address,undefined)
endif()
