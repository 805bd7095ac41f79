import { leaderboardAd } from "@/components/ad-slot";

// Every reader page but an article's has the leaderboard when it is on.
export default function Leaderboard() {
  return leaderboardAd();
}
