#include "wres/model/frame_report.hpp"

#include "wres/model/enum_names.hpp"

namespace wres {

namespace {
constexpr Named<PanelState> kPanelNames[] = {
    {PanelState::on, "on"}, {PanelState::standby, "standby"}, {PanelState::black, "black"}};
constexpr Named<PanelState> kPanelWords[] = {
    {PanelState::on, "on"}, {PanelState::standby, "panel off (night)"}, {PanelState::black, "black (night)"}};
static_assert(in_value_order(kPanelNames) && in_value_order(kPanelWords));
}  // namespace

std::string_view to_string(PanelState p) { return name_of(kPanelNames, p, "on"); }
std::optional<PanelState> panel_state_from_name(std::string_view name) { return value_named(kPanelNames, name); }

std::string_view panel_words(PanelState p) { return name_of(kPanelWords, p, "on"); }

}  // namespace wres
