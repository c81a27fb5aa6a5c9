#pragma once
// A reader with a calculator and everything a socket client, the display's
// cache or `wresctl status` can read: the published snapshot JSON, plus what
// the trust publishes anyway (its whole headcount). For every figure the
// snapshot withholds it tries to work the figure out again, and lists each
// one it gets exactly right. It knows nothing of the daemon's code: it reads
// JSON and does arithmetic, including an exhaustive search over the counts
// the band tables leave open (a count that only one value fits is known).
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace wres::test {

using nlohmann::json;

class DisclosureAttacker {
 public:
  // `truth`: the unredacted snapshot of the same board, to check guesses
  // against; `headcount`: the whole workforce, as the trust publishes it.
  DisclosureAttacker(json published, json truth, long long headcount)
      : pub_(std::move(published)), truth_(std::move(truth)), headcount_(headcount) {}

  std::vector<std::string> recovered() {
    found_.clear();
    for (const auto& r : pub_["indicators"]) attack_indicator(r);
    attack_bands();
    attack_targets();
    return {found_.begin(), found_.end()};
  }

  // How many figures the snapshot withholds that the attacker tried (so a test
  // can tell an empty result from a board with nothing withheld).
  int withheld_seen() const { return seen_; }

 private:
  static bool same2(double a, double b) { return std::llround(a * 100) == std::llround(b * 100); }
  static std::optional<double> num(const json& j, const char* k) {
    auto it = j.find(k);
    if (it == j.end() || !it->is_number()) return std::nullopt;
    return it->get<double>();
  }
  static std::optional<long long> count(const json& j, const char* k) {
    auto it = j.find(k);
    if (it == j.end() || !it->is_number_integer()) return std::nullopt;
    return it->get<long long>();
  }
  const json* truth_indicator(const std::string& key) const {
    for (const auto& r : truth_["indicators"])
      if (r["key"] == key) return &r;
    return nullptr;
  }
  void hit(const std::string& what) { found_.insert(what); }

  // ---- one indicator's figures -------------------------------------------
  void attack_indicator(const json& r) {
    const std::string key = r["key"];
    const json* t = truth_indicator(key);
    if (!t) return;
    if (r["value"].is_null() && !(*t)["value"].is_null()) {
      ++seen_;
      double truth = (*t)["value"];
      auto prev = num(r, "previous"), delta = num(r, "delta");
      if (prev && delta && same2(*prev + *delta, truth)) hit(key + ": previous + delta");
      for (const char* f : {"gap", "white", "exec_pct", "gap_pts"})
        if (auto v = num(r, f); v && truth != 0 && same2(*v, truth)) hit(key + ": shown as " + f);
      if (auto ci = r.find("ci"); ci != r.end() && ci->is_array() && ci->size() == 2)
        hit(key + ": interval of a withheld ratio");  // the interval's width gives the counts
    }
    attack_history(r, *t, key);
    attack_exec(r, *t, key);
  }

  void attack_history(const json& r, const json& t, const std::string& key) {
    for (std::size_t i = 0; i < r["history"].size() && i < t["history"].size(); ++i) {
      const json& h = r["history"][i];
      if (!h["value"].is_null() || t["history"][i]["value"].is_null()) continue;
      ++seen_;
      double truth = t["history"][i]["value"];
      int year = h["year"];
      // The trend is between the last two years: a difference gives one back from the other.
      auto delta = num(r, "delta"), value = num(r, "value"), prev = num(r, "previous");
      if (delta && value && same2(*value - *delta, truth)) hit(key + " " + std::to_string(year) + ": value - delta");
      if (prev && same2(*prev, truth)) hit(key + " " + std::to_string(year) + ": shown as previous");
    }
  }

  void attack_exec(const json& r, const json& t, const std::string& key) {
    if (key != "board" || !r["exec_pct"].is_null() || t["exec_pct"].is_null()) return;
    ++seen_;
    double truth = t["exec_pct"];
    auto m = r.find("members");
    if (m != r.end() && m->contains("exec") && (*m)["exec"].is_object())
      if (auto p = num((*m)["exec"], "pct"); p && same2(*p, truth)) hit("board: members.exec");
    if (auto gap = num(r, "exec_gap_pts"); gap && r["gap_pts"].is_number() && r["value"].is_number()) {
      double workforce = r["value"].get<double>() - r["gap_pts"].get<double>();
      if (same2(*gap + workforce, truth)) hit("board: exec gap + workforce");
    }
  }

  // ---- band tables: shares, gaps and sums ----------------------------------
  struct Row {
    std::string band, group;
    std::optional<long long> bme, total;
    std::string why;
    long long truth = 0;
  };
  static bool senior(const std::string& b) { return b == "8A" || b == "8B" || b == "8C" || b == "8D" || b == "9"; }

  const json* workforce() const {
    for (const auto& r : pub_["indicators"])
      if (r["key"] == "workforce") return &r;
    return nullptr;
  }

  std::vector<Row> rows() const {
    std::vector<Row> out;
    const json* w = workforce();
    const json* t = truth_indicator("workforce");
    if (!w || !t || !w->contains("bands")) return out;
    for (const auto& b : (*w)["bands"]) {
      Row r{b["band"],
            b["group"],
            count(b, "bme"),
            count(b, "total"),
            b.contains("withheld") && b["withheld"].is_string() ? b["withheld"].get<std::string>() : "",
            0};
      for (const auto& tb : (*t)["bands"])
        if (tb["band"] == r.band && tb["group"] == r.group) r.truth = tb["bme"];
      out.push_back(r);
    }
    return out;
  }

  void attack_bands() {
    const json* w = workforce();
    if (!w || w->find("bands") == w->end()) return;
    auto overall = num(*w, "value");
    for (const auto& b : (*w)["bands"]) {
      if (!b["bme"].is_null()) continue;
      ++seen_;
      Row r = rows_by(b["band"], b["group"]);
      auto total = count(b, "total");
      if (auto pct = num(b, "bme_pct");
          pct && total && std::llround(*pct * static_cast<double>(*total) / 100) == r.truth)
        hit("band " + r.band + " " + r.group + ": share x total");
      if (auto vs = num(b, "vs_overall_pts");
          vs && overall && total && std::llround((*vs + *overall) * static_cast<double>(*total) / 100) == r.truth)
        hit("band " + r.band + " " + r.group + ": gap + overall");
    }
    solve_band_sums();
  }

  Row rows_by(const std::string& band, const std::string& group) const {
    for (auto& r : rows())
      if (r.band == band && r.group == group) return r;
    return {};
  }

  // The band table as equations over its withheld counts: every count that
  // only one value fits, given the bounds its words give and the sums the
  // snapshot shows (a band's parts, bands 8A-9, the whole workforce, the
  // targets' rows), is known.
  struct Var {
    std::string name;
    long long lo = 0, hi = 0, truth = 0;
  };
  struct Eq {
    std::vector<std::size_t> vars;
    long long rhs = 0;  // sum of the vars must equal this
  };

  void solve_band_sums() {
    auto table = rows();
    if (table.empty()) return;
    std::vector<Var> vars;
    std::map<std::pair<std::string, std::string>, std::optional<std::size_t>> var_of;  // withheld row -> var
    std::map<std::pair<std::string, std::string>, long long> shown;
    for (const auto& r : table) {
      if (r.bme) {
        shown[{r.band, r.group}] = *r.bme;
        continue;
      }
      long long total = r.total.value_or(headcount_);
      Var v{r.band + " " + r.group, 0, total, r.truth};
      const std::string few = "fewer than ";
      if (r.why.rfind(few, 0) == 0) {
        long long m = std::stoll(r.why.substr(few.size()));
        if (r.why.find("who are not") != std::string::npos)
          v.lo = std::max(0LL, total - (m - 1));
        else
          v.hi = std::min(total, m - 1);
      }
      var_of[{r.band, r.group}] = vars.size();
      vars.push_back(v);
    }
    std::vector<Eq> eqs;
    // A band's whole, where given beside its parts, and the sum of the parts.
    std::map<std::string, std::vector<const Row*>> by_band;
    for (const auto& r : table) by_band[r.band].push_back(&r);
    auto whole_as = [&](const std::string& band, Eq& e) -> bool {  // adds band's whole to e
      const auto& rs = by_band[band];
      const Row* whole = nullptr;
      for (auto* r : rs)
        if (r->group == "all") whole = r;
      std::vector<const Row*> use;
      if (whole)
        use.push_back(whole);
      else
        use = rs;
      for (auto* r : use) {
        if (r->bme)
          e.rhs -= *r->bme;
        else
          e.vars.push_back(*var_of[{r->band, r->group}]);
      }
      return true;
    };
    for (const auto& [band, rs] : by_band) {
      const Row* whole = nullptr;
      for (auto* r : rs)
        if (r->group == "all") whole = r;
      if (!whole || rs.size() < 2) continue;
      Eq e;
      if (whole->bme)
        e.rhs = *whole->bme;
      else
        continue;  // a withheld whole: its parts give a range, not an equation with a known side
      for (auto* r : rs)
        if (r != whole) {
          if (r->bme)
            e.rhs -= *r->bme;
          else
            e.vars.push_back(*var_of[{r->band, r->group}]);
        }
      eqs.push_back(e);
    }
    const json* w = workforce();
    if (auto s = w->find("senior"); s != w->end() && s->is_object() && (*s)["bme"].is_number_integer()) {
      Eq e{{}, (*s)["bme"].get<long long>()};
      for (const auto& [band, rs] : by_band)
        if (senior(band)) whole_as(band, e);
      eqs.push_back(e);
    }
    // The whole workforce, when the bands cover it: its share of the published headcount.
    long long band_staff = 0;
    for (const auto& [band, rs] : by_band) {
      const Row* whole = nullptr;
      for (auto* r : rs)
        if (r->group == "all") whole = r;
      if (whole)
        band_staff += whole->total.value_or(0);
      else
        for (auto* r : rs) band_staff += r->total.value_or(0);
    }
    if (band_staff == headcount_ && (*w)["value"].is_number()) {
      Eq e{{}, std::llround((*w)["value"].get<double>() * static_cast<double>(headcount_) / 100)};
      for (const auto& [band, rs] : by_band) whole_as(band, e);
      eqs.push_back(e);
    }
    add_target_equations(by_band, var_of, eqs, whole_as);
    for (std::size_t i = 0; i < vars.size(); ++i)
      if (only_value(vars, eqs, i) == vars[i].truth) hit("band " + vars[i].name + ": from the sums");
  }

  template <class ByBand, class VarOf, class WholeAs>
  void add_target_equations(ByBand& by_band, VarOf& var_of, std::vector<Eq>& eqs, WholeAs& whole_as) {
    auto t = pub_.find("targets");
    const json* w = workforce();
    if (t == pub_.end() || !t->is_object() || !w || (*t)["year"] != (*w)["year"]) return;
    std::string group = (*t)["group"];
    for (const auto& b : (*t)["bands"]) {
      if (!b["current"].is_number_integer()) continue;
      Eq e{{}, b["current"].get<long long>()};
      std::string band = b["band"];
      if (group == "all") {
        whole_as(band, e);
      } else {
        auto it = var_of.find({band, group});
        if (it == var_of.end()) continue;  // shown in the bands table already
        e.vars.push_back(*it->second);
      }
      eqs.push_back(e);
    }
    (void)by_band;
  }

  // The one value variable `i` can take in any solution, if only one.
  static std::optional<long long> only_value(const std::vector<Var>& vars, const std::vector<Eq>& eqs, std::size_t i) {
    std::optional<long long> only;
    for (long long v = vars[i].lo; v <= vars[i].hi; ++v) {
      std::vector<std::optional<long long>> fixed(vars.size());
      fixed[i] = v;
      if (!feasible(vars, eqs, fixed, 0)) continue;
      if (only) return std::nullopt;
      only = v;
    }
    return only;
  }

  // Depth-first: is there an assignment within bounds that meets every equation?
  static bool feasible(const std::vector<Var>& vars, const std::vector<Eq>& eqs,
                       std::vector<std::optional<long long>>& fixed, std::size_t next) {
    for (const auto& e : eqs) {  // prune: each equation must still be reachable
      long long lo = 0, hi = 0;
      for (std::size_t v : e.vars) lo += fixed[v] ? *fixed[v] : vars[v].lo, hi += fixed[v] ? *fixed[v] : vars[v].hi;
      if (e.rhs < lo || e.rhs > hi) return false;
    }
    while (next < vars.size() && fixed[next]) ++next;
    if (next == vars.size()) return true;
    bool in_eq = false;
    for (const auto& e : eqs)
      for (std::size_t v : e.vars) in_eq = in_eq || v == next;
    if (!in_eq) return feasible(vars, eqs, fixed, next + 1);  // free: any value will do
    for (long long v = vars[next].lo; v <= vars[next].hi; ++v) {
      fixed[next] = v;
      if (feasible(vars, eqs, fixed, next + 1)) {
        fixed[next].reset();
        return true;
      }
    }
    fixed[next].reset();
    return false;
  }

  // ---- targets --------------------------------------------------------------
  void attack_targets() {
    auto t = pub_.find("targets");
    auto tt = truth_.find("targets");
    if (t == pub_.end() || !t->is_object() || tt == truth_.end() || !tt->is_object()) return;
    for (std::size_t i = 0; i < (*t)["bands"].size(); ++i) {
      const json& b = (*t)["bands"][i];
      const json& truth = (*tt)["bands"][i];
      std::string band = b["band"];
      if (b["current"].is_null()) {
        ++seen_;
        long long cur = truth["current"];
        if (b["target"].is_number_integer() && b["needed"].is_number_integer() &&
            b["target"].get<long long>() - b["needed"].get<long long>() == cur)
          hit("target " + band + ": target - needed");
        if (!b["trajectory"].empty() && (*t)["baseline_year"] == (*t)["year"] &&
            b["trajectory"][0]["target"].get<long long>() == cur)
          hit("target " + band + ": the path's first point");
        if ((*t)["needed"].is_number_integer()) {
          long long others = 0;
          bool all_shown = true;
          for (const auto& o : (*t)["bands"])
            if (&o != &b) {
              all_shown = all_shown && o["needed"].is_number_integer();
              others += o["needed"].is_number_integer() ? o["needed"].get<long long>() : 0;
            }
          long long needed = (*t)["needed"].get<long long>() - others;
          if (all_shown && b["target"].is_number_integer() && needed > 0 &&
              b["target"].get<long long>() - needed == cur)
            hit("target " + band + ": total needed - the others");
        }
      }
      attack_path_start(b, truth, band);
    }
  }

  // A path's first point is the baseline year's count: shown, it must be one
  // the wall could show.
  void attack_path_start(const json& b, const json& truth, const std::string& band) {
    if (b["trajectory"].empty() || truth["trajectory"].empty()) return;
    long long start = b["trajectory"][0]["target"];
    if (start < min_count()) hit("target " + band + ": the path starts from " + std::to_string(start) + " people");
  }

  long long min_count() const {
    auto p = pub_.find("privacy");
    return p != pub_.end() && (*p)["min_count"].is_number_integer() ? (*p)["min_count"].get<long long>() : 0;
  }

  json pub_, truth_;
  long long headcount_;
  std::set<std::string> found_;
  int seen_ = 0;
};

}  // namespace wres::test
