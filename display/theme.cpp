#include "theme.hpp"

namespace wall {

Look status_look(std::string_view s) {
  using namespace colour;
  if (s == "complete") return {blue, Shape::check, "Complete"};
  if (s == "on_track") return {green, Shape::circle, "On track"};
  if (s == "at_risk") return {orange, Shape::triangle, "At risk"};
  if (s == "off_track") return {vermillion, Shape::square, "Off track"};
  if (s == "overdue") return {purple, Shape::diamond, "Overdue"};
  return {grey, Shape::ring, "Not started"};
}

Look rag_look(wres::Rag r) {
  using namespace colour;
  switch (r) {
    case wres::Rag::green: return {green, Shape::circle, "Green"};
    case wres::Rag::amber: return {orange, Shape::triangle, "Amber"};
    case wres::Rag::red: return {vermillion, Shape::square, "Red"};
    case wres::Rag::none: break;
  }
  return {grey, Shape::dash, "No rating"};
}

// The word follows `trend` (wres::trend_word); whether the change is beyond
// noise is said beside it, never folded into the word or the colour.
Look trend_look(wres::Trend t) {
  using namespace colour;
  switch (t) {
    case wres::Trend::improved: return {green, Shape::circle, "Better"};
    case wres::Trend::worse: return {vermillion, Shape::square, "Worse"};
    case wres::Trend::same: return {grey, Shape::dash, "Same"};
    case wres::Trend::first_year: break;
  }
  return {grey, Shape::ring, "First year"};
}

ImU32 with_alpha(ImU32 c, float alpha) {
  unsigned a = static_cast<unsigned>(alpha * 255.0f + 0.5f);
  return (c & 0x00ffffffu) | (a << 24);
}

}  // namespace wall
