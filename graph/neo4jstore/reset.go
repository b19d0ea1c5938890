package neo4jstore

import (
	"context"
	"fmt"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Reset deletes every node and relationship in the database. Constraints
// and indexes stay, so the store is ready for writes again at once.
func (s *Store) Reset(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	res, err := sess.Run(ctx, statement("reset"), nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		return fmt.Errorf("reset graph: %w", s.wrap(err))
	}
	return nil
}
