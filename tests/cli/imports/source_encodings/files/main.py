import latin, bom
print(latin.S, len(latin.S))
print(bom.S)
import badenc
