#pragma once
// Drawing helpers shared by the pages. Everything draws into an ImDrawList at
// explicit positions: the wall has no interactive widgets.
#include <imgui.h>

#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "fonts.hpp"
#include "format.hpp"
#include "layout.hpp"
#include "theme.hpp"
#include "wres/model/snapshot.hpp"
#include "wres/model/wording.hpp"

namespace display {

struct Canvas {
  ImDrawList* dl;
  const Fonts& fonts;
  const Scale& s;
};

inline ImVec2 v2(float x, float y) { return ImVec2(x, y); }

void draw_shape(ImDrawList* dl, Shape shape, ImVec2 centre, float radius, ImU32 col);
// While set, every text drawn and every panel is also recorded here, with
// where it went: the screenshot's sidecar lists what the wall said (for tests
// and board papers), and the render tests check from it that no text is cut.
struct DrawnText {
  std::string text;  // as the board has it
  Rect box;
  std::string visual;  // as drawn, when that differs: right-to-left text shaped and reordered
};
struct Drawing {
  std::vector<DrawnText> texts;
  std::vector<Rect> panels;
};
void record_drawing(Drawing* sink);
ImVec2 measure(ImFont* font, std::string_view text);
// Draws text with its top-left at pos; returns its width.
float text(Canvas& c, ImFont* font, ImVec2 pos, ImU32 col, std::string_view t);
float text_right(Canvas& c, ImFont* font, float right_x, float y, ImU32 col, std::string_view t);
void text_centred(Canvas& c, ImFont* font, const Rect& r, ImU32 col, std::string_view t);
// Shortens with an ellipsis to fit max_width.
std::string fit(ImFont* font, std::string_view t, float max_width);
// Word-wraps into at most max_lines lines, the last one ellipsised if needed.
std::vector<std::string> wrap(ImFont* font, std::string_view t, float width, int max_lines);
// A phrase of " · "-separated parts in at most max_lines lines, whole: in
// `font`, else in `smaller`, else with its last parts left off (saying less,
// never cutting a word). `font` is set to the one used.
std::vector<std::string> wrap_phrases(ImFont*& font, ImFont* smaller, std::string t, float width, int max_lines);
// Shape then word; returns the width used. Vertically centred on `mid_y`.
float badge(Canvas& c, ImFont* font, float x, float mid_y, const Look& look, bool word = true);
void panel(Canvas& c, const Rect& r, ImU32 fill = colour::panel, ImU32 edge = colour::panel_edge);
// dir: +1 up, -1 down, 0 level.
void dashed_line(ImDrawList* dl, float x0, float x1, float y, ImU32 col, float thickness, float dash);
void arrow(ImDrawList* dl, ImVec2 centre, float size, int dir, ImU32 col);
// One segment per state, in a fixed order and the plan's colours, with counts written inside.
void state_bar(Canvas& c, const Rect& r, const wres::PlanSummary& plan);

}  // namespace display
