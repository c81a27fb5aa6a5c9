// The pay gap family (DESIGN 8.3): ethnicity, disability and sex pay gaps,
// each as a mean and a median, named rather than numbered. Each pair of
// metrics has its own groups; a board may give its own words for them.
#include "wres/model/family.hpp"

namespace wres {

const FamilySpec& pay_gap_family() {
  using K = MetricKind;
  using T = MetricTest;
  using P = PrivacyRule;
  // Closer to 0 is better, either way: `lower` is read as the size of the gap.
  constexpr auto lo = Direction::lower_is_better;
  // The ethnicity focus group is the board's own term ([board] term): an empty focus word.
  static constexpr MetricSpec metrics[] = {
      {"pay_gap", "ethnicity.mean", "ethnicity.mean", "Ethnicity pay gap: mean", K::pay_gap, lo, T::none, P::counts,
       false, "", "White"},
      {"pay_gap", "ethnicity.median", "ethnicity.median", "Ethnicity pay gap: median", K::pay_gap, lo, T::none,
       P::counts, false, "", "White"},
      {"pay_gap", "disability.mean", "disability.mean", "Disability pay gap: mean", K::pay_gap, lo, T::none, P::counts,
       false, "Disabled", "non-disabled"},
      {"pay_gap", "disability.median", "disability.median", "Disability pay gap: median", K::pay_gap, lo, T::none,
       P::counts, false, "Disabled", "non-disabled"},
      {"pay_gap", "sex.mean", "sex.mean", "Gender pay gap: mean", K::pay_gap, lo, T::none, P::counts, false, "Women",
       "Men", ""},
      {"pay_gap", "sex.median", "sex.median", "Gender pay gap: median", K::pay_gap, lo, T::none, P::counts, false,
       "Women", "Men", ""},
  };
  static constexpr FamilySpec family{"pay_gap",   "Pay gaps", "pay_gaps",  "",         "",      "focus",
                                     "reference", "",         "quartiles", "quartile", metrics, true};
  return family;
}

}  // namespace wres
