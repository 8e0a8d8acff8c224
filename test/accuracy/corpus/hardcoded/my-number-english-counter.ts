// A guessing game: "myNumber" is the number the computer picked.
export function createGame(max = 100) {
  const myNumber = Math.floor(Math.random() * max) + 1;
  let attempts = 0;
  return {
    guess(n: number): 'higher' | 'lower' | 'correct' {
      attempts += 1;
      if (n === myNumber) return 'correct';
      return n < myNumber ? 'higher' : 'lower';
    },
    get attempts() {
      return attempts;
    },
  };
}

export const myNumbers = [3, 14, 15, 92, 65];
