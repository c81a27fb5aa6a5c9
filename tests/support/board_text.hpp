#pragma once
// The small boards the daemon tests write, built rather than pasted: a
// [board] head and a plan of actions, in the board file's own TOML.
#include <string>
#include <vector>

namespace wres::test {

struct TestAction {
  std::string id, title, due, status;
};

// [board] as of 30 Sep 2024; `include` is a glob of plan files ("plans/*.toml") or "".
inline std::string board_head(const std::string& organisation, const std::string& title,
                              const std::string& include = "") {
  std::string out = include.empty() ? "" : "include = [\"" + include + "\"]\n";
  return out + "[board]\norganisation = \"" + organisation + "\"\ntitle = \"" + title + "\"\nas_of = 2024-09-30\n";
}

// A [board] head of `organisation` and `title` only: the board is judged on today.
inline std::string board_head_undated(const std::string& organisation = "T", const std::string& title = "T") {
  return "[board]\norganisation = \"" + organisation + "\"\ntitle = \"" + title + "\"\n";
}

inline const std::string kUndatedHead = board_head_undated();

// `plan_lines`: more of the plan's own keys ("reported = 2024-09-30\n").
inline std::string plan_text(const std::vector<TestAction>& actions, const std::string& id = "p",
                             const std::string& title = "Plan P", const std::string& plan_lines = "") {
  std::string out = "[[plan]]\nid = \"" + id + "\"\ntitle = \"" + title + "\"\n" + plan_lines;
  for (const auto& a : actions)
    out += "[[plan.action]]\nid = \"" + a.id + "\"\ntitle = \"" + a.title + "\"\ndue = \"" + a.due + "\"\nstatus = \"" +
           a.status + "\"\n";
  return out;
}

}  // namespace wres::test
