//! Calls (<https://docs.python.org/3.11/reference/expressions.html#calls>): `f(a, b)`,
//! methods, keywords, and `*args`/`**kwargs` through CallFunctionEx.

use super::expr::Seq;
use super::{is_starred, CResult, Compiler, STACK_USE_GUIDELINE};
use crate::bytecode::Instr;
use crate::code::Const;
use pyrs_parser::ast::{Expr, ExprKind, Keyword, Range};

impl<'a> Compiler<'a> {
    /// Whether `o.m(args)` can use LoadMethod: no `*`, no `**`, not too many arguments.
    pub(crate) fn is_method_call(&self, args: &[Expr], keywords: &[Keyword]) -> bool {
        !args.iter().any(is_starred)
            && !keywords.iter().any(|k| k.arg.is_none())
            && args.len() + keywords.len() < STACK_USE_GUIDELINE
    }

    /// The arguments and call of `o.m(...)` after LoadMethod (no `*`/`**`).
    pub(crate) fn call_simple(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        call: Range,
    ) -> CResult {
        self.check_keywords(keywords)?;
        for a in args {
            self.compile_expr(a)?;
        }
        for k in keywords {
            self.compile_expr(&k.value)?;
        }
        self.set_loc(call);
        let n = (args.len() + keywords.len()) as u32;
        if keywords.is_empty() {
            self.emit(Instr::Call(n));
        } else {
            self.load_kwnames(keywords);
            self.emit(Instr::CallKw(n));
        }
        Ok(())
    }

    fn load_kwnames(&mut self, keywords: &[Keyword]) {
        let names: Vec<Const> = keywords
            .iter()
            .map(|k| Const::Str(k.arg.as_deref().unwrap_or("").into()))
            .collect();
        self.load_const(Const::Tuple(names.into()));
    }

    /// `keyword argument repeated: k`.
    fn check_keywords(&self, keywords: &[Keyword]) -> CResult {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if keywords[i + 1..]
                .iter()
                .any(|o| o.arg.as_deref() == Some(&**name))
            {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg.as_deref() == Some(&**name))
                    .map_or(k.range, |o| o.range);
                return self.error(format!("keyword argument repeated: {name}"), dup);
            }
        }
        Ok(())
    }

    /// The arguments and call instruction after `f NULL` (and `pushed` more positional
    /// arguments already on the stack, as for `__build_class__`'s function and name).
    pub(crate) fn call_helper(
        &mut self,
        pushed: usize,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        call: Range,
    ) -> CResult {
        self.check_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let ex = args.iter().any(is_starred)
            || keywords.iter().any(|k| k.arg.is_none())
            || nelts + nkw + pushed > STACK_USE_GUIDELINE;
        if !ex {
            for a in args {
                self.compile_expr(a)?;
            }
            for k in keywords {
                self.compile_expr(&k.value)?;
            }
            self.set_loc(call);
            let n = (pushed + nelts + nkw) as u32;
            if nkw > 0 {
                self.load_kwnames(keywords);
                self.emit(Instr::CallKw(n));
            } else {
                self.emit(Instr::Call(n));
            }
            return Ok(());
        }
        // f(*args, **kwargs): a tuple of positional arguments, then a dict.
        match args {
            // A lone `*x` is passed as it is: CallFunctionEx makes the tuple, with the
            // call's own error message, as CPython does.
            [Expr {
                node: ExprKind::Starred { value, .. },
                ..
            }] => self.compile_expr(value)?,
            _ => self.starunpack(args, pushed, Seq::Tuple)?,
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0usize;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.kw_subdict(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.compile_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.kw_subdict(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.set_loc(call);
        self.emit(Instr::CallFunctionEx(u32::from(nkw > 0)));
        Ok(())
    }

    fn kw_subdict(&mut self, kws: &'a [Keyword]) -> CResult {
        for k in kws {
            let name = k.arg.as_deref().unwrap_or("");
            self.load_const(Const::Str(name.into()));
            self.compile_expr(&k.value)?;
        }
        self.emit(Instr::BuildMap(kws.len() as u32));
        Ok(())
    }
}
