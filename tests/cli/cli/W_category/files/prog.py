import sys, warnings
print("warnoptions", sys.warnoptions)
warnings.warn("first warning")
for i in range(3):
    warnings.warn("in a loop")
warnings.warn("deprecated thing", DeprecationWarning)
print("end of program")
