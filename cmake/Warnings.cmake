# One interface target carries the project's warning and sanitizer flags so
# every component gets the same ones.
add_library(wres_flags INTERFACE)
target_compile_options(wres_flags INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
  -Wno-sign-conversion)
if(WRES_WERROR)
  target_compile_options(wres_flags INTERFACE -Werror)
endif()
if(WRES_SANITIZE)
  # The code under test is instrumented; the tests' own code (tests/) is not:
  # it only drives the product, whose reads and writes are checked (the
  # allocator is ASan's in every file), and it is half of the build time.
  set(_under_test "$<NOT:$<STREQUAL:$<TARGET_PROPERTY:SOURCE_DIR>,${PROJECT_SOURCE_DIR}/tests>>")
  target_compile_options(wres_flags INTERFACE "$<${_under_test}:-fsanitize=address,undefined>"
    "$<${_under_test}:-fno-sanitize-recover=all>" -fno-omit-frame-pointer)
  target_link_options(wres_flags INTERFACE -fsanitize=address,undefined)
endif()
if(WRES_TSAN)
  if(WRES_SANITIZE)
    message(FATAL_ERROR "WRES_TSAN and WRES_SANITIZE cannot be combined: use two build directories")
  endif()
  # -Wno-tsan: GCC warns that TSan cannot model the fences inside Boost.Asio,
  # which only the single-threaded wresd uses; our code has no fences.
  target_compile_options(wres_flags INTERFACE -fsanitize=thread -fno-omit-frame-pointer
    $<$<CXX_COMPILER_ID:GNU>:-Wno-tsan>)
  target_link_options(wres_flags INTERFACE -fsanitize=thread)
endif()
if(WRES_BUILD_FUZZ)
  # Coverage for libFuzzer in everything; the fuzz targets link the fuzzer itself.
  target_compile_options(wres_flags INTERFACE -fsanitize=fuzzer-no-link)
endif()
