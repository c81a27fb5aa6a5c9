// The WRES family: the nine indicators of the Workforce Race Equality
// Standard, as its technical guidance numbers them. The focus group's word is
// the board's own term ([board] term, "BME" by default).
#include "wres/model/family.hpp"

namespace wres {

const FamilySpec& wres_family() {
  using K = MetricKind;
  using T = MetricTest;
  using P = PrivacyRule;
  constexpr auto hi = Direction::higher_is_better;
  constexpr auto lo = Direction::lower_is_better;
  // Directions follow the WRES report's key: "a low score is better" for 2-6 and 8.
  static constexpr MetricSpec metrics[] = {
      {"wres", "workforce", "1", "Workforce", K::share, hi, T::none, P::counts},
      {"wres", "recruitment", "2", "Recruitment", K::ratio, lo, T::log_ratio, P::counts},
      {"wres", "disciplinary", "3", "Disciplinary", K::ratio, lo, T::log_ratio, P::counts, true},
      {"wres", "training", "4", "Training / CPD", K::ratio, lo, T::log_ratio, P::counts},
      {"wres", "hba_public", "5", "Bullying from public", K::survey_gap, lo, T::two_proportion, P::responses},
      {"wres", "hba_staff", "6", "Bullying from staff", K::survey_gap, lo, T::two_proportion, P::responses},
      {"wres", "equal_opps", "7", "Equal opportunities", K::survey_gap, hi, T::two_proportion, P::responses},
      {"wres", "discrimination", "8", "Discrimination", K::survey_gap, lo, T::two_proportion, P::responses},
      {"wres", "board", "9", "Board", K::board_gap, hi, T::none, P::counts},
  };
  static constexpr FamilySpec family{"wres", "WRES", "indicators", "", "White", "bme", "white", "local population",
                                     "bands", "band", metrics, false,
                                     // NHS England, "A fair experience for all" (2019): 0.80-1.25
                                     // as the "non-adverse" range for indicator 3 only.
                                     "the range NHS England's \"A fair experience for all\" (2019) used for 3; "
                                     "a rule of thumb for 2 and 4"};
  return family;
}

}  // namespace wres
