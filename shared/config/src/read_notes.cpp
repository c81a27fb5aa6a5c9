// A year's `notes = { training = "1.09 excluding medical staff" }`: the trust's
// own reading of a figure, in its words, shown beside the figure (issue 29.7).
// One line on a tile: short, and only for a metric of the year's family.
#include "readers.hpp"

namespace wres::config {

namespace {
constexpr std::size_t kMaxNoteLength = 120;
}

void read_notes(TableReader& y, std::map<std::string, std::string>& out, const FamilySpec& f) {
  auto t = y.child("notes", Need::optional);
  if (!t) return;
  for (const auto& m : f.metrics) {
    auto v = t->text(m.key, Need::optional);
    if (!v) continue;
    if (v->find_first_not_of(' ') == std::string::npos)
      t->error_at(m.key, t->child_path(m.key) + ": is empty; leave the note out");
    else if (v->size() > kMaxNoteLength || v->find('\n') != std::string::npos)
      t->error_at(m.key, t->child_path(m.key) + ": a note is one line of at most " + std::to_string(kMaxNoteLength) +
                             " characters (this is " + std::to_string(v->size()) + ")");
    else
      out[std::string(m.key)] = *v;
  }
  t->finish();  // a key that is no metric of the family: an error with the nearest name
}

}  // namespace wres::config
