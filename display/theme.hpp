#pragma once
// The wall's visual language. Colour is never the only signal: every state
// and RAG rating has its own shape and its own word. The palette is
// Okabe-Ito, distinguishable with the common colour-vision deficiencies.
#include <imgui.h>

#include <string>
#include <string_view>

#include "wres/model/snapshot.hpp"

namespace display {

enum class Shape { check, circle, half, ring, triangle, square, diamond, dash };

struct Look {
  ImU32 colour;
  Shape shape;
  std::string word;
};

namespace colour {
inline constexpr ImU32 rgb(unsigned r, unsigned g, unsigned b, unsigned a = 255) {
  return (a << 24) | (b << 16) | (g << 8) | r;
}
inline constexpr ImU32 background = rgb(0x10, 0x14, 0x1b);
inline constexpr ImU32 panel = rgb(0x1b, 0x21, 0x2b);
inline constexpr ImU32 panel_edge = rgb(0x2c, 0x35, 0x43);
inline constexpr ImU32 text = rgb(0xf2, 0xf4, 0xf7);
inline constexpr ImU32 muted = rgb(0xa9, 0xb3, 0xc1);
inline constexpr ImU32 faint = rgb(0x6b, 0x76, 0x86);
inline constexpr ImU32 blue = rgb(0x56, 0xb4, 0xe9);        // sky blue: complete
inline constexpr ImU32 green = rgb(0x00, 0x9e, 0x73);       // bluish green: good, on track
inline constexpr ImU32 orange = rgb(0xe6, 0x9f, 0x00);      // amber: at risk, watch
inline constexpr ImU32 vermillion = rgb(0xd5, 0x5e, 0x00);  // red: off track, concern
inline constexpr ImU32 purple = rgb(0xcc, 0x79, 0xa7);      // reddish purple: overdue
inline constexpr ImU32 grey = rgb(0x9a, 0xa3, 0xae);        // not started, no rating
inline constexpr ImU32 silver = rgb(0xd6, 0xdb, 0xe2);      // in progress: started, no judgement of pace
inline constexpr ImU32 yellow = rgb(0xf0, 0xe4, 0x42);      // banners
}  // namespace colour

ImU32 hue_colour(wres::Hue h);
// An action status, or "overdue", in the wall's usual colours.
Look status_look(wres::Status s);
Look overdue_look();
// A mark (a status, overdue, or a word the history store kept) in one
// plan's colours (DESIGN 7.6), with the plan's colour word beside the state
// where the wall's colour differs from its usual one: "Complete (Green)".
// `plan` may be null: the wall's usual colours.
Look mark_look(const wres::PlanSummary* plan, const wres::Mark& mark);
// "Due soon" in the plan's palette: amber, unless the plan's legend gives amber another meaning.
ImU32 due_soon_colour(const wres::PlanSummary* plan);
Look rag_look(wres::Rag rag);
Look trend_look(wres::Trend trend);
Look spc_look(wres::SpcCause cause);  // a chart point, and the latest point's verdict
Look assurance_look(wres::SpcAssurance a);
ImU32 with_alpha(ImU32 c, float alpha);

}  // namespace display
