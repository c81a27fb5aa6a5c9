// toml++'s parser and formatter, compiled once here from the patched copy of
// its headers (cmake/TomlPatched.cmake), instead of Debian's shared library.
#define TOML_IMPLEMENTATION
#include <toml++/toml.h>
