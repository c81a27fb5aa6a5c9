#pragma once
// A problem found in the admins' files, always with the place to fix it.
#include <string>
#include <vector>

namespace wres {

struct SourceLoc {
  std::string file;
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  SourceLoc where;
  std::string message;
};

// "file:line:col: message", the form editors and terminals link to.
std::string format(const Diagnostic& d);
// "file:line:col: warning: message".
std::string format_warning(const Diagnostic& d);

class Diagnostics {
 public:
  void error(SourceLoc where, std::string message);
  // Suspicious but not wrong (an action that ends before it starts): printed
  // by `wresctl validate`, never blocking a board, never on the wall.
  void warning(SourceLoc where, std::string message);
  [[nodiscard]] bool empty() const { return items_.empty(); }
  std::size_t size() const { return items_.size(); }
  // Sorted by file, line, column; stable for messages at the same place.
  [[nodiscard]] std::vector<Diagnostic> sorted() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  [[nodiscard]] std::vector<Diagnostic> sorted_warnings() const;

 private:
  std::vector<Diagnostic> items_, warnings_;
};

}  // namespace wres
