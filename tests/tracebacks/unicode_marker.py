naïve = {"é": 1}
résultat = naïve["é"] + naïve["ü"]
