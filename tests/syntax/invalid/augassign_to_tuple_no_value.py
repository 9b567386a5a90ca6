a, b +=
