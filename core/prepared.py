"""Queries whose SQL Django builds once per shape in a process; each use binds its values.

Building a query's SQL costs Django several times what the database spends answering it: a
chapter's related offerings (joins, filtered counts, the public rule) take 2.6 ms of CPU to
build and 0.4 ms to run. A page that asks the same query for another object every time only
changes a few values in it. `Prepared(build)` calls `build(**values)` (a queryset) once per
shape with stand-ins for the values, twice with two sets of them: the parameters that
differ between the two are the values' places (a constant of the query never differs), and
every use puts its own values there.

The shape is what else decides the SQL: the number of ids in a list (one parameter each)
and whatever the build reads besides its values (the public rule's lists, core/visibility.py:
read once per request anyway). Values are integers, strings, dates and lists of integers;
each must reach the SQL as a parameter of its own (a filter's operand, as `filter(pk=...)`,
`__in` or a date comparison make it; not a LIKE pattern Django builds from it).

Written here because Django keeps no built SQL between querysets (it has no prepared
queries of its own); raw SQL would have to repeat what the querysets say.
"""

import datetime
import threading

from django.db import connections

# Shapes kept per prepared query; the oldest is dropped beyond this (a shape that includes
# the public rule's lists changes when a publish changes them).
SHAPES_KEPT = 64

# Two sets of stand-ins: the parameters that differ between the two builds are the values'
# places (a constant of the query never differs). Integers small enough for any integer
# column (Django answers a value out of a column's range without a parameter).
_STAND_INS = ((30001, 1001, "\x1fa"), (31001, 1501, "\x1fb"))


def _stand_ins(values, first):
    """{name: a stand-in of the same kind as the value, or a list of them} and {the
    stand-in's form in the parameters: (name, index)}, from the set `first` (0 or 1)."""
    integer, year, text = _STAND_INS[first]
    stand_ins, found, number = {}, {}, 0
    for name, value in values.items():
        items = value if isinstance(value, list | tuple) else [value]
        mine = []
        for index, item in enumerate(items):
            number += 1
            if isinstance(item, bool) or not isinstance(item, int | str | datetime.date):
                raise TypeError(f"{name}: a prepared query binds integers, strings and dates, not {item!r}")
            if isinstance(item, int):
                stand_in = integer + number
            elif isinstance(item, datetime.date):
                stand_in = datetime.date(year + number, 1, 1)
                found[stand_in.isoformat()] = (name, index)  # a date as SQLite receives it
            else:
                stand_in = f"{text}{number}\x1f"
            found[stand_in] = (name, index)
            mine.append(stand_in)
        stand_ins[name] = mine if isinstance(value, list | tuple) else mine[0]
    return stand_ins, found


def _bindable(param):
    return isinstance(param, int | str | datetime.date) and not isinstance(param, bool)


class Prepared:
    """A query of `build(**values)` (a queryset), built once per shape and database."""

    def __init__(self, build):
        self.build = build
        self._shapes = {}
        self._lock = threading.Lock()  # the threads of a worker share the shapes kept

    def sql(self, shape, values, using="default"):
        """(SQL, parameters) of `build(**values)` for this shape."""
        return self._entry(shape, values, using)[:2]

    def _entry(self, shape, values, using):
        """(SQL, parameters, the selected expressions) of `build(**values)` for this shape."""
        if any(value is None for value in values.values()):
            # Django writes `= None` as IS NULL: no parameter to bind; built for this use.
            compiler = self.build(**values).query.get_compiler(using)
            sql, params = compiler.as_sql()
            return sql, params, _selected(compiler)
        lengths = tuple((name, len(v) if isinstance(v, list | tuple) else None) for name, v in values.items())
        key = (shape, using, lengths)
        entry = self._shapes.get(key)
        if entry is None:
            built = []
            for first in (0, 1):
                stand_ins, found = _stand_ins(values, first)
                compiler = self.build(**stand_ins).query.get_compiler(using)
                sql, params = compiler.as_sql()
                built.append((sql, list(params), found))
            (sql, params, found), (other_sql, other_params, other_found) = built
            selected = _selected(compiler)
            places = []
            if sql == other_sql and len(params) == len(other_params):
                for position, (param, other) in enumerate(zip(params, other_params, strict=True)):
                    differs = param != other and _bindable(param) and _bindable(other)
                    if differs and param in found and found[param] == other_found.get(other):
                        places.append((position, *found[param], isinstance(param, str)))
            if sql != other_sql or {(name, index) for _p, name, index, _t in places} != set(found.values()):
                raise ValueError("a value of the prepared query is not a parameter of its own in the SQL")
            entry = (sql, params, places, selected)
            with self._lock:
                while len(self._shapes) >= SHAPES_KEPT:
                    self._shapes.pop(next(iter(self._shapes)))
                self._shapes[key] = entry
        sql, params, places, selected = entry
        params = list(params)
        for position, name, index, text in places:
            value = values[name]
            value = value[index] if isinstance(value, list | tuple) else value
            params[position] = value.isoformat() if text and isinstance(value, datetime.date) else value
        return sql, params, selected

    def rows(self, shape, values, using="default"):
        """The query's rows as dicts by column name, each value as the queryset would give
        it: through the database backend's and the field's converters (SQLite's datetimes
        made aware, JSON decoded), which a cursor of its own does not apply."""
        sql, params, selected = self._entry(shape, values, using)
        connection = connections[using]
        converters = []
        for position, expression in enumerate(selected):
            found = connection.ops.get_db_converters(expression) + expression.get_db_converters(connection)
            if found:
                converters.append((position, found, expression))
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            names = [column[0] for column in cursor.description]
            if len(set(names)) != len(names):
                raise ValueError(f"columns of the same name: {names}")
            if len(selected) != len(names):
                raise ValueError(f"{len(names)} columns, {len(selected)} selected expressions")
            rows = []
            for row in cursor.fetchall():
                row = list(row)
                for position, functions, expression in converters:
                    for convert in functions:
                        row[position] = convert(row[position], expression, connection)
                rows.append(dict(zip(names, row, strict=True)))
            return rows


def _selected(compiler):
    """The expressions of the columns a compiled query selects, in order (after as_sql)."""
    return [expression for expression, _sql, _alias in compiler.select]
