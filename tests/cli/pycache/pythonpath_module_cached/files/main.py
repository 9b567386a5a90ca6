import libmod
