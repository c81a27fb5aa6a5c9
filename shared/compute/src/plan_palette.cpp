#include "wres/compute/plan_palette.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace wres {

Hue usual_hue(Status s) {
  switch (s) {
    case Status::not_reported: return Hue::faint;
    case Status::not_started: return Hue::grey;
    case Status::in_progress: return Hue::silver;
    case Status::on_track: return Hue::green;
    case Status::at_risk: return Hue::amber;
    case Status::off_track: return Hue::red;
    case Status::complete: return Hue::blue;
  }
  return Hue::faint;
}

std::optional<Hue> hue_of_colour_word(std::string_view word) {
  std::string w(word);
  for (auto& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w == "orange") return Hue::amber;
  if (w == "gray") return Hue::grey;
  auto h = hue_from_name(w);
  if (h == Hue::silver || h == Hue::faint) return std::nullopt;  // the wall's own neutrals
  return h;
}

namespace {

struct Meaning {  // one colour the plan's legend gives a meaning
  Hue hue;
  std::string word;
  Status status;
};

std::vector<Meaning> legend_meanings(const Plan& plan) {
  std::vector<Meaning> out;
  for (const auto& [word, status] : plan.own_legend)
    if (auto h = hue_of_colour_word(word)) out.push_back({*h, word, status});
  return out;
}

MarkColour colour_for(const Mark& mark, Hue usual, const std::vector<Meaning>& legend) {
  MarkColour m{mark, usual, ""};
  for (const auto& l : legend)
    if (mark.status() == l.status) {  // the plan's own colour for its own meaning
      m.hue = l.hue;
      if (l.hue != usual) m.plan_word = l.word;
      return m;
    }
  bool taken = std::any_of(legend.begin(), legend.end(), [&](const Meaning& l) { return l.hue == usual; });
  if (taken) m.hue = Hue::silver;
  return m;
}

}  // namespace

std::vector<MarkColour> plan_palette(const Plan& plan) {
  auto legend = legend_meanings(plan);
  std::vector<MarkColour> out;
  for (Status s : kAllStatuses) out.push_back(colour_for(s, usual_hue(s), legend));
  out.push_back(colour_for(Mark::overdue(), kOverdueHue, legend));
  // Due soon shares amber with at risk: it keeps amber only where at risk is
  // drawn amber and no other mark of this plan is.
  const Mark at_risk(Status::at_risk);
  bool amber_free = mark_colour(out, at_risk).hue == kDueSoonHue &&
                    std::none_of(out.begin(), out.end(),
                                 [&](const MarkColour& m) { return m.hue == kDueSoonHue && m.mark != at_risk; });
  out.push_back({Mark::due_soon(), amber_free ? kDueSoonHue : Hue::silver, ""});
  return out;
}

MarkColour mark_colour(const std::vector<MarkColour>& palette, const Mark& mark) {
  for (const auto& m : palette)
    if (m.mark == mark) return m;
  if (mark.is(Mark::Kind::overdue)) return {mark, kOverdueHue, ""};
  if (mark.is(Mark::Kind::due_soon)) return {mark, kDueSoonHue, ""};
  auto s = mark.status();
  return {mark, s ? usual_hue(*s) : Hue::faint, ""};
}

}  // namespace wres
