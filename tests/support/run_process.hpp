#pragma once
// Run a real program and collect its exit code, stdout and stderr.
#include <sys/wait.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "temp_dir.hpp"

namespace wres::test {

struct ProcessResult {
  int exit_code = -1;
  std::string out, err;
};

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// `command` is run by /bin/sh; quote arguments yourself.
inline ProcessResult run(const std::string& command) {
  TempDir d;
  std::string out = d.file("out"), err = d.file("err");
  int status = std::system((command + " >" + out + " 2>" + err).c_str());
  ProcessResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

}  // namespace wres::test
