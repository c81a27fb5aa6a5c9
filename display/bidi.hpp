#pragma once
// Right-to-left text (Urdu, Arabic, Hebrew) as it must be drawn: letters
// joined (FriBidi's Arabic shaping into the Unicode presentation forms, which
// Noto Naskh Arabic has) and put in visual order, left to right, for ImGui,
// which draws codepoints one after another. Pure: text in, text out.
#include <string>
#include <string_view>

namespace display {

// Unchanged (and cheap) for text with no right-to-left letters. The
// paragraph's direction is its first strong letter's: an Urdu title reads
// right to left, an English one with an Urdu name in it left to right.
std::string visual_order(std::string_view logical_utf8);

}  // namespace display
