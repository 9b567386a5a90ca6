//! Structural checks on a parsed tree: every node's range is well formed and lies inside its
//! parent's (decorators excepted: CPython starts a decorated definition at `def`/`class`), and
//! the statements of a block come in source order without overlapping.
//!
//! Used by the tests over the syntax corpus and by `pyrs-ast --check`; the walk uses an explicit
//! stack, so arbitrarily deep trees are fine.

use crate::ast::*;

/// A node that carries a range, or a rangeless container (`arguments`, `comprehension`, ...)
/// whose children are checked against the nearest enclosing range.
enum Node<'a> {
    Stmt(&'a Stmt),
    Expr(&'a Expr),
    Pattern(&'a Pattern),
    Handler(&'a ExceptHandler),
    Arg(&'a Arg),
    Keyword(&'a Keyword),
    Alias(&'a Alias),
}

impl Node<'_> {
    fn range(&self) -> Range {
        match self {
            Node::Stmt(s) => s.range,
            Node::Expr(e) => e.range,
            Node::Pattern(p) => p.range,
            Node::Handler(h) => h.range,
            Node::Arg(a) => a.range,
            Node::Keyword(k) => k.range,
            Node::Alias(a) => a.range,
        }
    }

    fn name(&self) -> &'static str {
        match self {
            Node::Stmt(_) => "stmt",
            Node::Expr(_) => "expr",
            Node::Pattern(_) => "pattern",
            Node::Handler(_) => "excepthandler",
            Node::Arg(_) => "arg",
            Node::Keyword(_) => "keyword",
            Node::Alias(_) => "alias",
        }
    }
}

/// One pending check: a node and the range it must lie within (`None` at the top level).
type Pending<'a> = (Node<'a>, Option<Range>);

struct Walk<'a> {
    stack: Vec<Pending<'a>>,
}

impl<'a> Walk<'a> {
    fn push(&mut self, node: Node<'a>, within: Range) {
        self.stack.push((node, Some(within)));
    }

    fn exprs(&mut self, v: &'a [Expr], within: Range) {
        for e in v {
            self.push(Node::Expr(e), within);
        }
    }

    fn opt(&mut self, e: Option<&'a Expr>, within: Range) {
        if let Some(e) = e {
            self.push(Node::Expr(e), within);
        }
    }

    fn stmts(&mut self, v: &'a [Stmt], within: Range) {
        for s in v {
            self.push(Node::Stmt(s), within);
        }
    }

    fn arguments(&mut self, a: &'a Arguments, within: Range) {
        let args = a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs);
        for arg in args.chain(a.vararg.as_deref()).chain(a.kwarg.as_deref()) {
            self.push(Node::Arg(arg), within);
        }
        self.exprs(&a.defaults, within);
        for d in a.kw_defaults.iter().flatten() {
            self.push(Node::Expr(d), within);
        }
    }

    fn comprehensions(&mut self, gens: &'a [Comprehension], within: Range) {
        for c in gens {
            self.push(Node::Expr(&c.target), within);
            self.push(Node::Expr(&c.iter), within);
            self.exprs(&c.ifs, within);
        }
    }

    /// Queues the children of `node`, whose own range is `r`. Decorators are checked against
    /// the range that encloses the decorated statement.
    fn children(&mut self, node: &Node<'a>, r: Range, outer: Option<Range>) {
        let outer = outer.unwrap_or(Range::new(Pos::default(), Pos::new_max()));
        match *node {
            Node::Stmt(s) => self.stmt_children(s, r, outer),
            Node::Expr(e) => self.expr_children(e, r),
            Node::Pattern(p) => match &p.node {
                PatternKind::MatchValue { value } => self.push(Node::Expr(value), r),
                PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
                PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                    for q in patterns {
                        self.push(Node::Pattern(q), r);
                    }
                }
                PatternKind::MatchMapping(m) => {
                    self.exprs(&m.keys, r);
                    for q in &m.patterns {
                        self.push(Node::Pattern(q), r);
                    }
                }
                PatternKind::MatchClass(c) => {
                    self.push(Node::Expr(&c.cls), r);
                    for q in c.patterns.iter().chain(&c.kwd_patterns) {
                        self.push(Node::Pattern(q), r);
                    }
                }
                PatternKind::MatchAs { pattern, .. } => {
                    if let Some(q) = pattern {
                        self.push(Node::Pattern(q), r);
                    }
                }
            },
            Node::Handler(h) => {
                self.opt(h.type_.as_deref(), r);
                self.stmts(&h.body, r);
            }
            Node::Arg(a) => self.opt(a.annotation.as_deref(), r),
            Node::Keyword(k) => self.push(Node::Expr(&k.value), r),
            Node::Alias(_) => {}
        }
    }

    fn stmt_children(&mut self, s: &'a Stmt, r: Range, outer: Range) {
        match &s.node {
            StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => {
                self.exprs(&f.decorator_list, outer);
                self.arguments(&f.args, r);
                self.stmts(&f.body, r);
                self.opt(f.returns.as_deref(), r);
            }
            StmtKind::ClassDef(c) => {
                self.exprs(&c.decorator_list, outer);
                self.exprs(&c.bases, r);
                for k in &c.keywords {
                    self.push(Node::Keyword(k), r);
                }
                self.stmts(&c.body, r);
            }
            StmtKind::Return { value } => self.opt(value.as_deref(), r),
            StmtKind::Delete { targets } => self.exprs(targets, r),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets, r);
                self.push(Node::Expr(value), r);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.push(Node::Expr(target), r);
                self.push(Node::Expr(value), r);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.push(Node::Expr(target), r);
                self.push(Node::Expr(annotation), r);
                self.opt(value.as_deref(), r);
            }
            StmtKind::For(f) | StmtKind::AsyncFor(f) => {
                self.push(Node::Expr(&f.target), r);
                self.push(Node::Expr(&f.iter), r);
                self.stmts(&f.body, r);
                self.stmts(&f.orelse, r);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.push(Node::Expr(test), r);
                self.stmts(body, r);
                self.stmts(orelse, r);
            }
            StmtKind::With(w) | StmtKind::AsyncWith(w) => {
                for item in &w.items {
                    self.push(Node::Expr(&item.context_expr), r);
                    self.opt(item.optional_vars.as_deref(), r);
                }
                self.stmts(&w.body, r);
            }
            StmtKind::Match { subject, cases } => {
                self.push(Node::Expr(subject), r);
                for c in cases {
                    self.push(Node::Pattern(&c.pattern), r);
                    self.opt(c.guard.as_deref(), r);
                    self.stmts(&c.body, r);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_deref(), r);
                self.opt(cause.as_deref(), r);
            }
            StmtKind::Try(t) | StmtKind::TryStar(t) => {
                self.stmts(&t.body, r);
                for h in &t.handlers {
                    self.push(Node::Handler(h), r);
                }
                self.stmts(&t.orelse, r);
                self.stmts(&t.finalbody, r);
            }
            StmtKind::Assert { test, msg } => {
                self.push(Node::Expr(test), r);
                self.opt(msg.as_deref(), r);
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.push(Node::Alias(a), r);
                }
            }
            StmtKind::Expr { value } => self.push(Node::Expr(value), r),
            StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    fn expr_children(&mut self, e: &'a Expr, r: Range) {
        match &e.node {
            ExprKind::BoolOp { values, .. } => self.exprs(values, r),
            ExprKind::NamedExpr { target, value } => {
                self.push(Node::Expr(target), r);
                self.push(Node::Expr(value), r);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.push(Node::Expr(left), r);
                self.push(Node::Expr(right), r);
            }
            ExprKind::UnaryOp { operand, .. } => self.push(Node::Expr(operand), r),
            ExprKind::Lambda { args, body } => {
                self.arguments(args, r);
                self.push(Node::Expr(body), r);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.push(Node::Expr(test), r);
                self.push(Node::Expr(body), r);
                self.push(Node::Expr(orelse), r);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.push(Node::Expr(k), r);
                }
                self.exprs(values, r);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts, r)
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.push(Node::Expr(elt), r);
                self.comprehensions(generators, r);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.push(Node::Expr(key), r);
                self.push(Node::Expr(value), r);
                self.comprehensions(generators, r);
            }
            ExprKind::Await { value }
            | ExprKind::YieldFrom { value }
            | ExprKind::Attribute { value, .. }
            | ExprKind::Starred { value, .. } => self.push(Node::Expr(value), r),
            ExprKind::Yield { value } => self.opt(value.as_deref(), r),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.push(Node::Expr(left), r);
                self.exprs(comparators, r);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.push(Node::Expr(func), r);
                self.exprs(args, r);
                for k in keywords {
                    self.push(Node::Keyword(k), r);
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.push(Node::Expr(value), r);
                // CPython puts a format spec on its own string token but the replacement
                // fields inside it on the whole concatenation: check those against this node.
                if let Some(spec) = format_spec {
                    if let ExprKind::JoinedStr { values } = &spec.node {
                        self.exprs(values, r);
                    }
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values, r),
            ExprKind::Subscript { value, slice, .. } => {
                self.push(Node::Expr(value), r);
                self.push(Node::Expr(slice), r);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref(), r);
                self.opt(upper.as_deref(), r);
                self.opt(step.as_deref(), r);
            }
            ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
        }
    }
}

impl Pos {
    fn new_max() -> Pos {
        Pos {
            line: u32::MAX,
            col: u32::MAX,
        }
    }
}

/// Checks the range invariants of a whole tree; the error names the first offending node.
pub fn check_ranges(module: &Mod) -> Result<(), String> {
    let mut walk = Walk { stack: Vec::new() };
    match module {
        Mod::Module { body } | Mod::Interactive { body } => {
            check_order(body)?;
            for s in body.iter().rev() {
                walk.stack.push((Node::Stmt(s), None));
            }
        }
        Mod::Expression { body } => walk.stack.push((Node::Expr(body), None)),
    }
    while let Some((node, within)) = walk.stack.pop() {
        let r = node.range();
        if r.start > r.end {
            return Err(format!("{} ends before it starts: {r:?}", node.name()));
        }
        if let Some(w) = within {
            if r.start < w.start || r.end > w.end {
                return Err(format!(
                    "{} at {r:?} lies outside its parent at {w:?}",
                    node.name()
                ));
            }
        }
        if let Node::Stmt(s) = &node {
            for body in stmt_bodies(s) {
                check_order(body)?;
            }
        }
        walk.children(&node, r, within);
    }
    Ok(())
}

/// The statement lists directly inside a statement.
fn stmt_bodies(s: &Stmt) -> Vec<&[Stmt]> {
    match &s.node {
        StmtKind::FunctionDef(f) | StmtKind::AsyncFunctionDef(f) => vec![&f.body],
        StmtKind::ClassDef(c) => vec![&c.body],
        StmtKind::For(f) | StmtKind::AsyncFor(f) => vec![&f.body, &f.orelse],
        StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
            vec![body, orelse]
        }
        StmtKind::With(w) | StmtKind::AsyncWith(w) => vec![&w.body],
        StmtKind::Match { cases, .. } => cases.iter().map(|c| c.body.as_slice()).collect(),
        StmtKind::Try(t) | StmtKind::TryStar(t) => {
            let mut v: Vec<&[Stmt]> = vec![&t.body, &t.orelse, &t.finalbody];
            v.extend(t.handlers.iter().map(|h| h.body.as_slice()));
            v
        }
        _ => vec![],
    }
}

/// Statements of one block follow each other in the source without overlapping.
fn check_order(body: &[Stmt]) -> Result<(), String> {
    for pair in body.windows(2) {
        if pair[1].range.start < pair[0].range.end {
            return Err(format!(
                "statement at {:?} overlaps the one before it at {:?}",
                pair[1].range, pair[0].range
            ));
        }
    }
    Ok(())
}
