import axios from 'axios';

interface Page<T> {
  items: T[];
  nextPageToken?: string;
}

export async function fetchAllVideos(channelId: string): Promise<unknown[]> {
  const all: unknown[] = [];
  let pageToken: string | undefined;
  do {
    const { data } = await axios.get<Page<unknown>>('https://www.googleapis.com/youtube/v3/search', {
      params: { channelId, pageToken, maxResults: 50, part: 'snippet', key: process.env.YT_KEY },
    });
    all.push(...data.items);
    pageToken = data.nextPageToken;
    console.debug(`fetched ${data.items.length} videos, nextPageToken=${pageToken ?? 'none'}`);
  } while (pageToken);
  return all;
}
