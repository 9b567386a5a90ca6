a = f'''first {x}
second {y}
third'''
b = f"""
{
  x
}
"""
c = f'''{x
    + y}'''
d = f"""{x:
>10}"""
e = f'''{x!r}
    {y=}'''
