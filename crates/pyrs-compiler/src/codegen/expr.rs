//! Expressions (<https://docs.python.org/3.11/reference/expressions.html>): left-leaning
//! chains (`a + b + c`, `x.y.z`, `f()()`, `-(-x)`) are compiled with an explicit loop down
//! their left spine, so their length is not bounded by the Rust stack.

use super::{fold, is_starred, CResult, Compiler, NameCtx, STACK_USE_GUIDELINE};
use crate::bytecode::{BinOp, CmpOp, Instr, UnaryOp};
use crate::code::Const;
use pyrs_parser::ast::{self, BoolOp, Expr, ExprContext, ExprKind, Operator};

/// One link of a left spine, applied after the expression below it is on the stack.
enum Link<'e> {
    /// `left op right`: compile right, BinaryOp.
    BinOp(&'e Expr),
    /// `value.attr`
    Attr(&'e Expr),
    /// `value[slice]`
    Subscr(&'e Expr),
    /// `func(args)`: PushNull, args, call.
    Call(&'e Expr),
    /// `obj.meth(args)`: LoadMethod, args, call.
    MethodCall(&'e Expr),
    /// `op operand`
    Unary(&'e Expr),
}

pub(crate) fn binop_code(op: Operator, inplace: bool) -> u32 {
    let b = match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Subtract,
        Operator::Mult => BinOp::Multiply,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDivide,
        Operator::Mod => BinOp::Remainder,
        Operator::Pow => BinOp::Power,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDivide,
    };
    b as u32 + if inplace { 13 } else { 0 }
}

impl<'a> Compiler<'a> {
    /// `expression`: pushes the value of `e`.
    pub(crate) fn compile_expr(&mut self, e: &'a Expr) -> CResult {
        let saved = self.unit.loc;
        let mut spine: Vec<Link<'a>> = Vec::new();
        let mut cur = e;
        loop {
            if !spine.is_empty() || !matches!(cur.node, ExprKind::Constant { .. }) {
                if let Some(c) = self.fold_if_needed(cur) {
                    self.set_loc(cur.range);
                    self.load_const(c);
                    return self.apply_spine(spine, saved);
                }
            }
            match &cur.node {
                ExprKind::BinOp { left, .. } => {
                    spine.push(Link::BinOp(cur));
                    cur = left;
                }
                ExprKind::UnaryOp { operand, .. } => {
                    spine.push(Link::Unary(cur));
                    cur = operand;
                }
                ExprKind::Attribute {
                    value,
                    ctx: ExprContext::Load,
                    ..
                } => {
                    spine.push(Link::Attr(cur));
                    cur = value;
                }
                ExprKind::Subscript {
                    value,
                    ctx: ExprContext::Load,
                    ..
                } => {
                    spine.push(Link::Subscr(cur));
                    cur = value;
                }
                ExprKind::Call {
                    func,
                    args,
                    keywords,
                } => {
                    if let ExprKind::Attribute {
                        value,
                        ctx: ExprContext::Load,
                        ..
                    } = &func.node
                    {
                        if self.is_method_call(args, keywords) {
                            spine.push(Link::MethodCall(cur));
                            cur = value;
                            continue;
                        }
                    }
                    spine.push(Link::Call(cur));
                    cur = func;
                }
                _ => break,
            }
        }
        self.set_loc(cur.range);
        self.compile_leaf(cur)?;
        self.apply_spine(spine, saved)
    }

    /// Folding is tried at the top of every spine node only where it can succeed.
    fn fold_if_needed(&self, e: &Expr) -> Option<Const> {
        match &e.node {
            ExprKind::Constant { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::BinOp { .. }
            | ExprKind::Tuple { .. }
            | ExprKind::Subscript { .. } => self.fold(e),
            ExprKind::Name { id, .. } if &**id == "__debug__" => self.fold(e),
            _ => None,
        }
    }

    fn apply_spine(&mut self, spine: Vec<Link<'a>>, saved: super::Location) -> CResult {
        for link in spine.into_iter().rev() {
            match link {
                Link::BinOp(n) => {
                    if let ExprKind::BinOp { op, right, .. } = &n.node {
                        self.compile_expr(right)?;
                        self.set_loc(n.range);
                        self.emit(Instr::BinaryOp(binop_code(*op, false)));
                    }
                }
                Link::Unary(n) => {
                    if let ExprKind::UnaryOp { op, .. } = &n.node {
                        self.set_loc(n.range);
                        let code = match op {
                            ast::UnaryOp::Not => UnaryOp::Not,
                            ast::UnaryOp::USub => UnaryOp::Negative,
                            ast::UnaryOp::UAdd => UnaryOp::Positive,
                            ast::UnaryOp::Invert => UnaryOp::Invert,
                        };
                        self.emit(Instr::UnaryOp(code as u32));
                    }
                }
                Link::Attr(n) => {
                    if let ExprKind::Attribute { attr, .. } = &n.node {
                        self.set_loc(n.range);
                        let i = self.add_mangled_name(attr);
                        self.emit(Instr::LoadAttr(i));
                    }
                }
                Link::Subscr(n) => {
                    if let ExprKind::Subscript { slice, .. } = &n.node {
                        if let Some((lo, hi)) = two_part_slice(slice) {
                            self.compile_opt(lo)?;
                            self.compile_opt(hi)?;
                            self.set_loc(n.range);
                            self.emit(Instr::BinarySlice);
                        } else {
                            self.compile_expr(slice)?;
                            self.set_loc(n.range);
                            self.emit(Instr::BinarySubscr);
                        }
                    }
                }
                Link::Call(n) => {
                    if let ExprKind::Call { args, keywords, .. } = &n.node {
                        self.set_loc(n.range);
                        self.emit(Instr::PushNull);
                        self.call_helper(0, args, keywords, n.range)?;
                    }
                }
                Link::MethodCall(n) => {
                    if let ExprKind::Call {
                        func,
                        args,
                        keywords,
                    } = &n.node
                    {
                        if let ExprKind::Attribute { attr, .. } = &func.node {
                            self.set_loc(func.range);
                            let i = self.add_mangled_name(attr);
                            self.emit(Instr::LoadMethod(i));
                        }
                        self.call_simple(args, keywords, n.range)?;
                    }
                }
            }
        }
        self.unit.loc = saved;
        Ok(())
    }

    /// Pushes the expression or None.
    pub(crate) fn compile_opt(&mut self, e: Option<&'a Expr>) -> CResult {
        match e {
            Some(e) => self.compile_expr(e),
            None => {
                self.load_const(Const::None);
                Ok(())
            }
        }
    }

    /// Every expression that is not a link of a left spine.
    fn compile_leaf(&mut self, e: &'a Expr) -> CResult {
        match &e.node {
            ExprKind::Constant { value, .. } => {
                self.load_const(fold::from_constant(value));
            }
            ExprKind::Name { id, ctx } => {
                let ctx = match ctx {
                    ExprContext::Load => NameCtx::Load,
                    ExprContext::Store => NameCtx::Store,
                    ExprContext::Del => NameCtx::Del,
                };
                self.name_op(id, ctx)?;
            }
            ExprKind::BoolOp { op, values } => self.compile_boolop(*op, values)?,
            ExprKind::NamedExpr { target, value } => {
                self.compile_expr(value)?;
                self.set_loc(e.range);
                self.emit(Instr::Copy(1));
                self.compile_store(target)?;
            }
            ExprKind::Lambda { args, body } => self.compile_lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let next = self.new_label();
                let end = self.new_label();
                self.jump_if(test, next, false)?;
                self.compile_expr(body)?;
                self.jump(Instr::Jump, end);
                self.bind(next);
                self.compile_expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.compile_dict(keys, values)?,
            ExprKind::Set { elts } => self.starunpack(elts, 0, Seq::Set)?,
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            } => self.starunpack(elts, 0, Seq::List)?,
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            } => self.starunpack(elts, 0, Seq::Tuple)?,
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                // Store/Del contexts are handled by assignment and del.
                for x in elts {
                    self.compile_expr(x)?;
                }
            }
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.compile_comprehension(e)?,
            ExprKind::Await { value } => {
                self.check_await(e)?;
                self.compile_expr(value)?;
                self.set_loc(e.range);
                self.emit(Instr::GetAwaitable);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            ExprKind::Yield { value } => {
                self.check_yield(e)?;
                self.compile_opt(value.as_deref())?;
                self.set_loc(e.range);
                self.emit(Instr::YieldValue(0));
            }
            ExprKind::YieldFrom { value } => {
                self.check_yield(e)?;
                if self.unit.kind == super::UnitKind::AsyncFunction {
                    return self.error("'yield from' inside async function", e.range);
                }
                self.compile_expr(value)?;
                self.set_loc(e.range);
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.yield_from_loop();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compile_compare(e, left, ops, comparators)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.compile_expr(value)?;
                let mut flags = match *conversion {
                    115 => 1,
                    114 => 2,
                    97 => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.compile_expr(spec)?;
                    flags |= 4;
                }
                self.set_loc(e.range);
                self.emit(Instr::FormatValue(flags));
            }
            ExprKind::JoinedStr { values } => self.compile_joined_str(values)?,
            ExprKind::Starred { .. } => {
                return self.error("can't use starred expression here", e.range);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.compile_opt(lower.as_deref())?;
                self.compile_opt(upper.as_deref())?;
                let mut n = 2;
                if let Some(s) = step {
                    self.compile_expr(s)?;
                    n = 3;
                }
                self.set_loc(e.range);
                self.emit(Instr::BuildSlice(n));
            }
            // Spine nodes in Store/Del context do not reach here through compile_expr.
            ExprKind::BinOp { .. }
            | ExprKind::UnaryOp { .. }
            | ExprKind::Attribute { .. }
            | ExprKind::Subscript { .. }
            | ExprKind::Call { .. } => {
                return self.error("internal compiler error: unexpected context", e.range)
            }
        }
        Ok(())
    }

    /// `Send` loop shared by `yield from` and `await`: `(it v -- result)`.
    pub(crate) fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let end = self.new_label();
        self.bind(start);
        self.jump(Instr::Send, end);
        self.emit(Instr::YieldValue(1));
        self.jump(Instr::Jump, start);
        self.bind(end);
    }

    /// `disjunction: conjunction ('or' conjunction)*` / `conjunction: inversion ('and'
    /// inversion)*`.
    fn compile_boolop(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let end = self.new_label();
        let n = values.len();
        for (i, v) in values.iter().enumerate() {
            self.compile_expr(v)?;
            if i + 1 < n {
                match op {
                    BoolOp::And => self.jump(Instr::JumpIfFalseOrPop, end),
                    BoolOp::Or => self.jump(Instr::JumpIfTrueOrPop, end),
                }
            }
        }
        self.bind(end);
        Ok(())
    }

    /// `comparison: bitwise_or compare_op_bitwise_or_pair+`: a chain keeps the middle operand
    /// with Swap/Copy and stops at the first false comparison.
    fn compile_compare(
        &mut self,
        e: &'a Expr,
        left: &'a Expr,
        ops: &'a [ast::CmpOp],
        comparators: &'a [Expr],
    ) -> CResult {
        self.compile_expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.compile_comparator(&comparators[0], ops[0])?;
            self.set_loc(e.range);
            self.emit_cmp(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            // A middle operand is also the next comparison's left operand: never folded
            // (CPython folds only the last comparator of a chain).
            self.compile_expr(&comparators[i])?;
            self.set_loc(e.range);
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.emit_cmp(ops[i]);
            self.jump(Instr::JumpIfFalseOrPop, cleanup);
        }
        self.compile_comparator(&comparators[n - 1], ops[n - 1])?;
        self.set_loc(e.range);
        self.emit_cmp(ops[n - 1]);
        let end = self.new_label();
        self.jump(Instr::Jump, end);
        self.bind(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.bind(end);
        Ok(())
    }

    /// The last right operand of a comparison: `x in [1, 2]` tests a constant tuple (a
    /// frozenset for `{1, 2}`), as CPython's optimizer rewrites it.
    fn compile_comparator(&mut self, e: &'a Expr, op: ast::CmpOp) -> CResult {
        if matches!(op, ast::CmpOp::In | ast::CmpOp::NotIn) {
            if let Some(c) = self.fold_container(e) {
                self.set_loc(e.range);
                self.load_const(c);
                return Ok(());
            }
        }
        self.compile_expr(e)
    }

    /// A list display of constants as a tuple constant, a set display as a frozenset.
    pub(crate) fn fold_container(&self, e: &Expr) -> Option<Const> {
        match &e.node {
            ExprKind::List { elts, .. } if !elts.iter().any(is_starred) => {
                self.fold_elts(elts, 0).map(|v| Const::Tuple(v.into()))
            }
            ExprKind::Set { elts } if !elts.iter().any(is_starred) => self
                .fold_elts(elts, 0)
                .map(|v| Const::FrozenSet(dedup(v).into())),
            _ => None,
        }
    }

    fn emit_cmp(&mut self, op: ast::CmpOp) {
        use ast::CmpOp as A;
        let i = match op {
            A::Eq => Instr::CompareOp(CmpOp::Eq as u32),
            A::NotEq => Instr::CompareOp(CmpOp::Ne as u32),
            A::Lt => Instr::CompareOp(CmpOp::Lt as u32),
            A::LtE => Instr::CompareOp(CmpOp::Le as u32),
            A::Gt => Instr::CompareOp(CmpOp::Gt as u32),
            A::GtE => Instr::CompareOp(CmpOp::Ge as u32),
            A::Is => Instr::IsOp(0),
            A::IsNot => Instr::IsOp(1),
            A::In => Instr::ContainsOp(0),
            A::NotIn => Instr::ContainsOp(1),
        };
        self.emit(i);
    }

    /// Jumps to `target` when `e` is true (`cond`) or false (`!cond`), without building
    /// the value of `and`/`or`/`not` (CPython's `compiler_jump_if`).
    pub(crate) fn jump_if(&mut self, e: &'a Expr, target: super::Label, cond: bool) -> CResult {
        if let Some(c) = self.fold(e) {
            if fold::truthy(&c) == cond {
                self.set_loc(e.range);
                self.jump(Instr::Jump, target);
            }
            return Ok(());
        }
        match &e.node {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, target, !cond),
            ExprKind::BoolOp { op, values } => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    Some(self.new_label())
                } else {
                    None
                };
                let n = values.len();
                for v in &values[..n - 1] {
                    self.jump_if(v, next2.unwrap_or(target), cond2)?;
                }
                self.jump_if(&values[n - 1], target, cond)?;
                if let Some(l) = next2 {
                    self.bind(l);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let next2 = self.new_label();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, target, cond)?;
                self.jump(Instr::Jump, end);
                self.bind(next2);
                self.jump_if(orelse, target, cond)?;
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        self.compile_expr(e)?;
        self.set_loc(e.range);
        if cond {
            self.jump(Instr::PopJumpIfTrue, target);
        } else {
            self.jump(Instr::PopJumpIfFalse, target);
        }
        Ok(())
    }

    /// `f'...'`: the pieces then BuildString (`''.join` past the stack guideline).
    fn compile_joined_str(&mut self, values: &'a [Expr]) -> CResult {
        if values.len() > STACK_USE_GUIDELINE {
            self.load_const(Const::Str("".into()));
            let join = self.add_name("join");
            self.emit(Instr::LoadMethod(join));
            self.emit(Instr::BuildList(0));
            for v in values {
                self.compile_expr(v)?;
                self.emit(Instr::ListAppend(1));
            }
            self.emit(Instr::Call(1));
            return Ok(());
        }
        for v in values {
            self.compile_expr(v)?;
        }
        if values.len() != 1 {
            self.emit(Instr::BuildString(values.len() as u32));
        }
        Ok(())
    }

    /// `dict: '{' [double_starred_kvpairs] '}'`
    fn compile_dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = values.len();
        let mut elements = 0usize;
        let mut have_dict = false;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.compile_expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> CResult {
        let n = end - begin;
        let const_keys: Option<Vec<Const>> = if n > 1 {
            keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(|k| self.fold(k)))
                .collect()
        } else {
            None
        };
        if let Some(ks) = const_keys {
            for v in &values[begin..end] {
                self.compile_expr(v)?;
            }
            self.load_const(Const::Tuple(ks.into()));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.compile_expr(k)?;
            }
            self.compile_expr(&values[i])?;
        }
        self.emit(Instr::BuildMap(n as u32));
        Ok(())
    }

    /// Lists, sets, tuples and positional call arguments, with `*` unpacking (CPython's
    /// `starunpack_helper`); `pushed` items are already on the stack.
    pub(crate) fn starunpack(&mut self, elts: &'a [Expr], pushed: usize, kind: Seq) -> CResult {
        let n = elts.len();
        let big = n + pushed > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(is_starred);
        if n > 2 && !seen_star {
            if let Some(consts) = self.fold_elts(elts, 0) {
                let c = match kind {
                    Seq::Set => Const::FrozenSet(dedup(consts).into()),
                    _ => Const::Tuple(consts.into()),
                };
                match kind {
                    Seq::Tuple if pushed == 0 => self.load_const(c),
                    Seq::Tuple => {
                        self.emit(Instr::BuildList(pushed as u32));
                        self.load_const(c);
                        self.emit(Instr::ListExtend(1));
                        self.emit(Instr::ListToTuple);
                    }
                    Seq::List => {
                        self.emit(Instr::BuildList(pushed as u32));
                        self.load_const(c);
                        self.emit(Instr::ListExtend(1));
                    }
                    Seq::Set => {
                        self.emit(Instr::BuildSet(pushed as u32));
                        self.load_const(c);
                        self.emit(Instr::SetUpdate(1));
                    }
                }
                return Ok(());
            }
        }
        if !seen_star && !big {
            for x in elts {
                self.compile_expr(x)?;
            }
            let total = (n + pushed) as u32;
            self.emit(match kind {
                Seq::Tuple => Instr::BuildTuple(total),
                Seq::List => Instr::BuildList(total),
                Seq::Set => Instr::BuildSet(total),
            });
            return Ok(());
        }
        let set = kind == Seq::Set;
        let build = |k: u32| {
            if set {
                Instr::BuildSet(k)
            } else {
                Instr::BuildList(k)
            }
        };
        let mut built = false;
        if big {
            self.emit(build(pushed as u32));
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.node {
                if !built {
                    self.emit(build((i + pushed) as u32));
                    built = true;
                }
                self.compile_expr(value)?;
                self.emit(if set {
                    Instr::SetUpdate(1)
                } else {
                    Instr::ListExtend(1)
                });
            } else {
                self.compile_expr(x)?;
                if built {
                    self.emit(if set {
                        Instr::SetAdd(1)
                    } else {
                        Instr::ListAppend(1)
                    });
                }
            }
        }
        if kind == Seq::Tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    fn check_yield(&self, e: &Expr) -> CResult {
        if !self.is_function_like() {
            return self.error("'yield' outside function", e.range);
        }
        Ok(())
    }

    fn check_await(&self, e: &Expr) -> CResult {
        if !self.is_function_like() {
            return self.error("'await' outside function", e.range);
        }
        if !matches!(
            self.unit.kind,
            super::UnitKind::AsyncFunction | super::UnitKind::Comprehension
        ) {
            return self.error("'await' outside async function", e.range);
        }
        Ok(())
    }
}

/// What `starunpack` builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Seq {
    Tuple,
    List,
    Set,
}

/// A two-part slice `lo:hi` (no step): its bounds.
pub(crate) fn two_part_slice(e: &Expr) -> Option<(Option<&Expr>, Option<&Expr>)> {
    match &e.node {
        ExprKind::Slice {
            lower,
            upper,
            step: None,
        } => Some((lower.as_deref(), upper.as_deref())),
        _ => None,
    }
}

/// Frozenset elements without duplicates (first occurrence kept).
fn dedup(v: Vec<Const>) -> Vec<Const> {
    let mut out: Vec<Const> = Vec::with_capacity(v.len());
    for c in v {
        if !out.iter().any(|o| fold::const_identical(o, &c)) {
            out.push(c);
        }
    }
    out
}
