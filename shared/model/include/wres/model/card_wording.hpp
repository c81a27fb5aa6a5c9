#pragma once
// An indicator card's lines under its figure (the wall's indicators page and
// the accessible twin): pure text, from the wording functions.
#include <string>

#include "wres/model/snapshot.hpp"

namespace wres {

// What qualifies the figure, after its RAG reason: "favours White staff ·
// interval 1.02-1.44", "234 Global Majority responses, 1,460 White", "a count
// of everyone: no sampling noise"; *few_cases set for a ratio from few cases
// ("Few cases · ...", amber on the wall).
std::string card_qualifier(const IndicatorResult& ind, const std::string& term, bool* few_cases = nullptr);
// Under the trend word: its noise and change ("not statistically significant ·
// +0.07 since 2023"), or which year is withheld.
std::string trend_rest(const IndicatorResult& ind);
// Its comparators, "no comparator given", or "" for a pay gap (none is read).
std::string comparators_line(const IndicatorResult& ind);

}  // namespace wres
