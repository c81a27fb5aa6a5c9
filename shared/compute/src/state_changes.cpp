#include "wres/compute/state_changes.hpp"

#include <unordered_map>
#include <unordered_set>

namespace wres {

namespace {
std::string key(const std::string& plan, const std::string& action) { return plan + '\x1f' + action; }
}  // namespace

std::vector<StatusEntry> statuses_of(const Snapshot& s) {
  std::vector<StatusEntry> out;
  for (const auto& p : s.plans)
    for (const auto& a : p.actions) out.push_back({p.id, a.id, a.title, Mark::effective(a.status, a.overdue)});
  return out;
}

std::vector<StatusChange> diff_statuses(const std::vector<StatusEntry>& previous,
                                        const std::vector<StatusEntry>& current) {
  std::unordered_map<std::string, const StatusEntry*> before;
  before.reserve(previous.size());
  for (const auto& e : previous) before.emplace(key(e.plan, e.action), &e);
  std::vector<StatusChange> out;
  std::unordered_set<std::string> seen;
  seen.reserve(current.size());
  for (const auto& e : current) {
    std::string k = key(e.plan, e.action);
    seen.insert(k);
    auto it = before.find(k);
    if (it == before.end())
      out.push_back({.plan = e.plan, .action = e.action, .title = e.title, .from = {}, .to = e.status});
    else if (it->second->status != e.status)
      out.push_back({.plan = e.plan, .action = e.action, .title = e.title, .from = it->second->status, .to = e.status});
  }
  for (const auto& e : previous)
    if (!seen.count(key(e.plan, e.action)))
      out.push_back({.plan = e.plan, .action = e.action, .title = e.title, .from = e.status, .to = Mark::removed()});
  return out;
}

}  // namespace wres
