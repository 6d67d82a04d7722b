import { describe, expect, it } from "vitest";
import { averageUnitCost, costStateOf, EMPTY_COST, issue, receive, receiveAtAverage, reverse, valueAt, valueOfQuantity, type CostedMove, type CostState } from "./stock-cost";

// Quantities in thousandths (1 unit = 1000), money in fen.
const u = (n: number) => Math.round(n * 1000);

describe("valueAt", () => {
  it("rounds quantity × unit cost half-up once", () => {
    expect(valueAt(199, 2500)).toBe(498n); // 497.5 → 498
    expect(valueAt(199, 2499)).toBe(497n); // 497.301
    expect(valueAt(100, 1)).toBe(0n); // 0.1 fen
    expect(valueAt(500, 1)).toBe(1n); // 0.5 fen → 1
  });
});

describe("valueOfQuantity", () => {
  it("values part of the stock at the exact average, all of it at the whole value", () => {
    const s = { quantity: u(3), value: 1000n }; // 3.333… per unit
    expect(valueOfQuantity(s, u(1))).toBe(333n);
    expect(valueOfQuantity(s, u(2))).toBe(667n);
    expect(valueOfQuantity(s, u(3))).toBe(1000n);
    expect(valueOfQuantity(s, 0)).toBe(0n);
    expect(valueOfQuantity(s, u(-1))).toBe(-333n);
    expect(valueOfQuantity(EMPTY_COST, u(1))).toBeNull();
  });
});

describe("averageUnitCost", () => {
  it("is value ÷ quantity per whole unit, half-up; none without stock", () => {
    expect(averageUnitCost(EMPTY_COST)).toBeNull();
    expect(averageUnitCost({ quantity: u(15), value: 1650n })).toBe(110);
    expect(averageUnitCost({ quantity: u(13.5), value: 1708n })).toBe(127); // 126.518…
    expect(averageUnitCost({ quantity: u(-1), value: -150n })).toBe(150); // a backorder keeps its cost
    expect(averageUnitCost({ quantity: u(2), value: -10n })).toBeNull(); // contradictory state: no average
  });
});

describe("a sequence of receipts and issues (hand-computed)", () => {
  it("follows the moving weighted average and ends at exactly zero value", () => {
    const moves: CostedMove[] = [];
    let s: CostState = EMPTY_COST;
    const step = (r: { move: CostedMove; state: CostState }) => {
      moves.push(r.move);
      s = r.state;
      return r.move;
    };

    // 1. 10 units at 1.00 → value 10.00
    expect(step(receive(s, u(10), 100))).toEqual({ quantity: 10000, unitCost: 100, valueDelta: 1000n });
    // 2. 5 units at 1.30 → +6.50; 15 units worth 16.50, average 1.10
    expect(step(receive(s, u(5), 130))).toEqual({ quantity: 5000, unitCost: 130, valueDelta: 650n });
    expect(s).toEqual({ quantity: 15000, value: 1650n });
    expect(averageUnitCost(s)).toBe(110);
    // 3. issue 4 units: 4 × 16.50 / 15 = 4.40
    expect(step(issue(s, u(4), 0))).toEqual({ quantity: -4000, unitCost: 110, valueDelta: -440n });
    expect(s).toEqual({ quantity: 11000, value: 1210n });
    // 4. 2.5 units at 1.99 → 4.975 → 4.98 (half-up); 13.5 units worth 17.08
    expect(step(receive(s, u(2.5), 199))).toEqual({ quantity: 2500, unitCost: 199, valueDelta: 498n });
    expect(s).toEqual({ quantity: 13500, value: 1708n });
    // 5. issue 3 units at the EXACT average: 3 × 17.08 / 13.5 = 3.7955… → 3.80; recorded unit cost 1.27
    expect(step(issue(s, u(3), 0))).toEqual({ quantity: -3000, unitCost: 127, valueDelta: -380n });
    expect(s).toEqual({ quantity: 10500, value: 1328n });
    // 6. a customer return of 1 unit comes back at the average: 13.28 / 10.5 = 1.2647… → 1.26
    expect(step(receiveAtAverage(s, u(1), 999))).toEqual({ quantity: 1000, unitCost: 126, valueDelta: 126n });
    expect(s).toEqual({ quantity: 11500, value: 1454n });
    // 7. the last 11.5 units take the whole remaining value
    expect(step(issue(s, u(11.5), 0))).toEqual({ quantity: -11500, unitCost: 126, valueDelta: -1454n });
    expect(s).toEqual({ quantity: 0, value: 0n });
    // 8. a backorder with nothing on hand goes out at the fallback (standard) cost
    expect(step(issue(s, u(1), 150))).toEqual({ quantity: -1000, unitCost: 150, valueDelta: -150n });
    expect(s).toEqual({ quantity: -1000, value: -150n });
    // 9. 3 units at 2.00 arrive: −1.50 + 6.00 = 4.50 for 2 units
    expect(step(receive(s, u(3), 200))).toEqual({ quantity: 3000, unitCost: 200, valueDelta: 600n });
    expect(s).toEqual({ quantity: 2000, value: 450n });
    // 10. and leave again, taking exactly 4.50
    expect(step(issue(s, u(2), 0))).toEqual({ quantity: -2000, unitCost: 225, valueDelta: -450n });
    expect(s).toEqual(EMPTY_COST);
    expect(costStateOf(moves)).toEqual(EMPTY_COST);
  });

  it("thirds do not leave a ghost fen behind", () => {
    let s = receive(EMPTY_COST, u(1), 100).state;
    const taken: bigint[] = [];
    for (let i = 0; i < 3; i++) {
      const r = issue(s, 333, 0);
      taken.push(r.move.valueDelta);
      s = r.state;
    }
    expect(taken).toEqual([-33n, -33n, -34n]); // 33.3 → 33; 33 × 67/667 = 33.45 → 33; 333 × 34/334 = 33.898 → 34
    expect(s).toEqual({ quantity: 1, value: 0n });
    expect(issue(s, 1, 0).state).toEqual(EMPTY_COST);
  });

  it("issues past zero take what is there plus the excess at the average", () => {
    const s = receive(EMPTY_COST, u(2), 300).state; // 6.00
    const r = issue(s, u(3), 0);
    expect(r.move).toEqual({ quantity: -3000, unitCost: 300, valueDelta: -900n });
    expect(r.state).toEqual({ quantity: -1000, value: -300n });
  });

  it("a receipt that brings a backorder exactly back to zero settles the value to zero", () => {
    const s = issue(EMPTY_COST, u(2), 150).state; // −2 units, −3.00
    const r = receive(s, u(2), 175);
    expect(r.move).toEqual({ quantity: 2000, unitCost: 175, valueDelta: 300n });
    expect(r.state).toEqual(EMPTY_COST);
  });

  it("returns with nothing on hand come in at the fallback cost", () => {
    expect(receiveAtAverage(EMPTY_COST, u(2), 123).move).toEqual({ quantity: 2000, unitCost: 123, valueDelta: 246n });
  });
});

describe("reverse", () => {
  it("restores quantity, value and average exactly when nothing happened in between", () => {
    const first = receive(EMPTY_COST, u(10), 100);
    const second = receive(first.state, u(10), 300);
    expect(averageUnitCost(second.state)).toBe(200);
    const undone = reverse(second.state, second.move);
    expect(undone.move).toEqual({ quantity: -10000, unitCost: 300, valueDelta: -3000n });
    expect(undone.state).toEqual(first.state);
    expect(averageUnitCost(undone.state)).toBe(100);
  });

  it("reverses an issue at its own value", () => {
    const start = receive(EMPTY_COST, u(3), 100).state; // 3.00
    const out = issue(start, u(1), 0); // −1.00
    expect(reverse(out.state, out.move).state).toEqual(start);
  });

  it("takes the remaining value when it empties the product", () => {
    let s = receive(EMPTY_COST, u(10), 100).state; // 10.00
    const second = receive(s, u(10), 300); // 40.00, average 2.00
    s = issue(second.state, u(10), 0).state; // −20.00 → 10 units worth 20.00
    const undone = reverse(s, second.move); // exact would leave 20.00 − 30.00 = −10.00 on 0 units
    expect(undone.move.valueDelta).toBe(-2000n);
    expect(undone.state).toEqual(EMPTY_COST);
  });
});

describe("invariants over random sequences", () => {
  function rng(seed: number) {
    let x = seed >>> 0;
    return (max: number) => {
      x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
      return x % max;
    };
  }

  it("value never goes negative without backorders and is zero whenever quantity is", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const next = rng(seed);
      let s: CostState = EMPTY_COST;
      const moves: CostedMove[] = [];
      for (let i = 0; i < 40; i++) {
        const kind = next(3);
        let r;
        if (kind === 0 || s.quantity === 0) r = receive(s, 1 + next(20_000), next(100_000));
        else if (kind === 1) r = issue(s, 1 + next(s.quantity), 0);
        else r = receiveAtAverage(s, 1 + next(5_000), next(1_000));
        moves.push(r.move);
        s = r.state;
        expect(s.value >= 0n).toBe(true);
        if (s.quantity === 0) expect(s.value).toBe(0n);
      }
      expect(costStateOf(moves)).toEqual(s);
    }
  });

  it("refuses non-positive quantities, negative costs and floats", () => {
    expect(() => receive(EMPTY_COST, 0, 100)).toThrow(RangeError);
    expect(() => receive(EMPTY_COST, 1000, -1)).toThrow(RangeError);
    expect(() => issue(EMPTY_COST, -5, 0)).toThrow(RangeError);
    expect(() => receive(EMPTY_COST, 1.5, 100)).toThrow(TypeError);
  });
});
