// A compute file that reads the board file itself: the build must refuse the
// config include (Layers.AnIncludeAgainstTheRulesDoesNotCompile) and the layer
// check the Asio one (Layers.SharedHasNoUiSocketsOrDatabase).
#include <boost/asio.hpp>
#include "wres/config/load.hpp"
