#pragma once
// The colours the wall uses for one plan's marks (DESIGN 7.6): where a plan's
// own legend gives a status a colour, the wall uses that colour; where the
// wall's usual colour for a status means something else in the plan's legend,
// the wall uses a neutral instead. Pure.
#include <optional>
#include <string_view>
#include <vector>

#include "wres/model/board.hpp"
#include "wres/model/snapshot.hpp"

namespace wres {

// The wall's usual colour for a status, for "overdue" and for "due_soon".
Hue usual_hue(Status s);
inline constexpr Hue kOverdueHue = Hue::purple;
inline constexpr Hue kDueSoonHue = Hue::amber;  // shared with at risk, as on the wall's key
// A colour word a plan may use ("Amber", "orange", "gray"), as the wall draws it.
[[nodiscard]] std::optional<Hue> hue_of_colour_word(std::string_view word);

// One entry per status, then "overdue", then "due_soon".
std::vector<MarkColour> plan_palette(const Plan& plan);
// The entry for a mark, or the usual colour when the palette lacks it.
MarkColour mark_colour(const std::vector<MarkColour>& palette, const Mark& mark);

}  // namespace wres
