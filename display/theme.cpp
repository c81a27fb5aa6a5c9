#include "theme.hpp"

#include "wres/compute/plan_palette.hpp"
#include "wres/model/wording.hpp"

namespace display {

ImU32 hue_colour(wres::Hue h) {
  using namespace colour;
  switch (h) {
    case wres::Hue::red: return vermillion;
    case wres::Hue::amber: return orange;
    case wres::Hue::yellow: return yellow;
    case wres::Hue::green: return green;
    case wres::Hue::blue: return blue;
    case wres::Hue::purple: return purple;
    case wres::Hue::grey: return grey;
    case wres::Hue::silver: return silver;
    case wres::Hue::faint: return faint;
  }
  return faint;
}

namespace {
Shape shape_of(wres::Status s) {
  switch (s) {
    case wres::Status::not_reported: return Shape::dash;
    case wres::Status::not_started: return Shape::ring;
    case wres::Status::in_progress: return Shape::half;
    case wres::Status::on_track: return Shape::circle;
    case wres::Status::at_risk: return Shape::triangle;
    case wres::Status::off_track: return Shape::square;
    case wres::Status::complete: return Shape::check;
  }
  return Shape::dash;
}
}  // namespace

Look status_look(wres::Status s) {
  return {hue_colour(wres::usual_hue(s)), shape_of(s), std::string(wres::status_word(s))};
}

Look overdue_look() { return {hue_colour(wres::kOverdueHue), Shape::diamond, "Overdue"}; }

Look mark_look(const wres::PlanSummary* plan, const wres::Mark& mark) {
  auto status = mark.status();
  if (!status && !mark.is(wres::Mark::Kind::overdue)) return {colour::faint, Shape::dash, wres::mark_word(mark)};
  Look look = status ? status_look(*status) : overdue_look();
  if (!plan) return look;
  wres::MarkColour m = wres::mark_colour(plan->palette, mark);
  look.colour = hue_colour(m.hue);
  look.word = wres::mark_label(plan, mark);
  return look;
}

ImU32 due_soon_colour(const wres::PlanSummary* plan) {
  return hue_colour(plan ? wres::mark_colour(plan->palette, wres::Mark::due_soon()).hue : wres::kDueSoonHue);
}

Look rag_look(wres::Rag r) {
  using namespace colour;
  switch (r) {
    case wres::Rag::green: return {green, Shape::circle, wres::rag_word(r)};
    case wres::Rag::amber: return {orange, Shape::triangle, wres::rag_word(r)};
    case wres::Rag::red: return {vermillion, Shape::square, wres::rag_word(r)};
    case wres::Rag::none: break;
  }
  return {grey, Shape::dash, wres::rag_word(r)};
}

// Making Data Count's colours: blue improvement, orange concern, purple a
// special cause with no better direction, grey common cause; each its own shape.
Look spc_look(wres::SpcCause cause) {
  using namespace colour;
  switch (cause) {
    case wres::SpcCause::improvement: return {blue, Shape::diamond, "Improvement"};
    case wres::SpcCause::concern: return {orange, Shape::triangle, "Concern"};
    case wres::SpcCause::neither: return {purple, Shape::square, "Special cause"};
    case wres::SpcCause::common: break;
  }
  return {grey, Shape::circle, "Common cause"};
}

Look assurance_look(wres::SpcAssurance a) {
  using namespace colour;
  switch (a) {
    case wres::SpcAssurance::pass: return {blue, Shape::check, std::string(wres::assurance_words(a))};
    case wres::SpcAssurance::fail: return {orange, Shape::ring, std::string(wres::assurance_words(a))};
    case wres::SpcAssurance::hit_and_miss: break;
  }
  return {grey, Shape::half, std::string(wres::assurance_words(a))};
}

// The word is wres::trend_word's; whether the change is beyond noise is said
// beside it, never folded into the word or the colour.
Look trend_look(wres::Trend t) {
  auto colour_and_shape = [t]() -> std::pair<ImU32, Shape> {
    switch (t) {
      case wres::Trend::improved: return {colour::green, Shape::circle};
      case wres::Trend::worse: return {colour::vermillion, Shape::square};
      case wres::Trend::same: return {colour::grey, Shape::dash};
      case wres::Trend::not_compared:
      case wres::Trend::first_year: break;
    }
    return {colour::grey, Shape::ring};
  };
  auto [hue, shape] = colour_and_shape();
  return {hue, shape, wres::trend_word(t)};
}

ImU32 with_alpha(ImU32 c, float alpha) {
  unsigned a = static_cast<unsigned>(alpha * 255.0f + 0.5f);
  return (c & 0x00ffffffu) | (a << 24);
}

}  // namespace display
