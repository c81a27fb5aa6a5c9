#pragma once
// What the wall marks an action with, as one value from compute to the wall:
// its status, or overdue when its dates say so (DESIGN 7.6). A plan's palette
// also colours "due soon"; a change goes from no mark (the action is new) or
// to "removed" (it left the board). Names exist only where a mark is written
// or read back (snapshot JSON, history rows, the journal).
#include <optional>
#include <string>
#include <string_view>

#include "wres/model/status.hpp"

namespace wres {

class Mark {
 public:
  // other: a name history kept that this version does not know; kept as it
  // was and shown as a plain word, never guessed into a status.
  enum class Kind { none, status, overdue, due_soon, removed, other };

  Mark() = default;                                    // none: no mark (a change's `from` when the action is new)
  Mark(Status s) : kind_(Kind::status), status_(s) {}  // NOLINT(google-explicit-constructor): a status is a mark
  static Mark effective(Status s, bool overdue) { return overdue ? Mark(Kind::overdue) : Mark(s); }
  static Mark overdue() { return Mark(Kind::overdue); }
  static Mark due_soon() { return Mark(Kind::due_soon); }
  static Mark removed() { return Mark(Kind::removed); }
  // From its stored name: "" none, "overdue", "due_soon", "removed", a status name, else other.
  static Mark named(std::string_view name);

  Kind kind() const { return kind_; }
  std::optional<Status> status() const { return kind_ == Kind::status ? std::optional(status_) : std::nullopt; }
  bool is(Kind k) const { return kind_ == k; }
  // The stored name: the inverse of named().
  std::string_view name() const;
  bool operator==(const Mark&) const = default;

 private:
  explicit Mark(Kind k) : kind_(k) {}
  Kind kind_ = Kind::none;
  Status status_ = Status::not_reported;
  std::string other_;
};

}  // namespace wres
